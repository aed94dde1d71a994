package org.tradescreen.server.compat.yente;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.history.EntityHistory;
import org.tradescreen.lists.history.HistoryEvent;
import org.tradescreen.lists.snapshot.SnapshotVersion;
import org.tradescreen.match.Algorithm;
import org.tradescreen.match.Coverage;
import org.tradescreen.match.Feature;
import org.tradescreen.match.Hit;
import org.tradescreen.match.ListsAsOf;
import org.tradescreen.match.Query;
import org.tradescreen.match.QueryFields;
import org.tradescreen.lists.format.ftm.FtmVocabulary;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Identifier;
import org.tradescreen.model.PartialDate;
import org.tradescreen.report.ScreenReport;
import org.tradescreen.server.api.BadRequest;
import org.tradescreen.server.api.Json;
import org.tradescreen.server.api.Params;
import org.tradescreen.server.compat.IndexScan;
import org.tradescreen.server.compat.Page;
import org.tradescreen.server.compat.WordSearch;
import org.tradescreen.server.http.WorkLimits;
import org.tradescreen.server.lists.LiveLists;
import org.tradescreen.server.openapi.ApiRoutes.Param;
import org.tradescreen.server.openapi.ApiRoutes;

/**
 * The OpenSanctions yente API: {@code POST /match/{dataset}}, {@code GET /search/{dataset}} and
 * {@code GET /entities/{id}}, with FollowTheMoney-shaped entities, so yente clients work unchanged. Each
 * match carries {@code explanations} (today's yente) and {@code features} (older clients). Datasets are
 * {@code default} or {@code sanctions} (every list) or one of our source ids. {@code as_of} is our extension.
 */
public final class YenteApi {

    private static final int MAX_BATCH = 100;
    /** Each name is one screening: a query with thousands of aliases would be a batch in disguise. */
    private static final int MAX_NAMES = 50;
    private static final int MAX_LIMIT = 500;
    /** yente's default threshold for {@code match}, kept so that its clients decide as they did. */
    private static final double DEFAULT_THRESHOLD = 0.70;
    /** yente's default cut-off: weaker candidates are not returned at all. */
    private static final double DEFAULT_CUTOFF = 0.5;
    private static final double SEARCH_FLOOR = 0.6;
    /** Words found in a longer name with about a typo a word at most (see Screener#partial). */
    private static final double FUZZY_WORDS_FLOOR = 0.80;
    private static final int SEARCH_CANDIDATES = 500;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final LiveLists live;
    private final WorkLimits work;

    public YenteApi(LiveLists live, WorkLimits work) {
        this.live = live;
        this.work = work;
    }

    public void register(ApiRoutes api) {
        api.post("/match/{dataset}", "compatible", "Match entities, as OpenSanctions yente's /match",
                List.of(Param.path("dataset", "default, sanctions, or a source id"),
                        Param.query("limit", "integer", "Results per query, default 5, at most 500"),
                        Param.query("threshold", "number", "Score at or above which 'match' is true, default 0.70 as in yente"),
                        Param.query("cutoff", "number", "Results scoring below this are dropped, default 0.5"),
                        Param.query("algorithm", "string", "ofac scores as OFAC's Sanctions List Search; any other"
                                + " name (yente's logic-v1, best…) scores with tradescreen-v1"),
                        Param.query("as_of", "string", "Extension: YYYY-MM-DD, match the lists as they stood that day")),
                """
                        {"queries": {"q1": {"schema": "Company", "properties": {"name": ["Institute of Forensic Science"],
                         "country": ["cn"]}}}}""", this::match);
        api.get("/search/{dataset}", "compatible", "Search entities by text, as yente's /search",
                List.of(Param.path("dataset", "default, sanctions, or a source id"),
                        Param.query("q", "string", "Text to search"),
                        Param.query("fuzzy", "boolean", "true: words may be misspelt (\"Rotenburg\" finds ROTENBERG)"),
                        Param.query("schema", "string", "Person, Organization, Company, Vessel… (default any)"),
                        Param.query("countries", "string", "ISO codes (repeated or comma-separated)"),
                        Param.query("limit", "integer", "Default 10, at most 500"),
                        Param.query("offset", "integer", "Default 0"),
                        Param.query("as_of", "string", "Extension: YYYY-MM-DD")), this::search);
        api.get("/catalog", "compatible", "The datasets and their versions, as yente's /catalog", List.of(),
                this::catalog);
        api.get("/algorithms", "compatible", "The scoring algorithms, as yente's /algorithms", List.of(),
                ctx -> Json.answerWithNulls(ctx, Map.of(
                        "algorithms", List.of(
                                Map.of("name", Algorithm.TRADESCREEN.code(), "description",
                                        "Token alignment with typo, phonetic, nickname and cross-script matching,"
                                                + " corroborated by birth date, country, type and identifiers"),
                                Map.of("name", Algorithm.OFAC.code(), "description",
                                        "The score of OFAC's Sanctions List Search, to reconcile with it")),
                        "default", Algorithm.TRADESCREEN.code(), "best", Algorithm.TRADESCREEN.code())));
        api.get("/entities/{entity_id}", "compatible", "One entity in FollowTheMoney form, as yente's /entities",
                List.of(Param.path("entity_id", "Entity id, e.g. us-csl:123")), this::entity);
    }

    private void match(Context ctx) {
        Set<String> sources = dataset(ctx.pathParam("dataset"));
        int limit = Params.integer(ctx, "limit", 5, 1, MAX_LIMIT);
        Algorithm algorithm = Algorithm.OFAC.code().equals(Params.text(ctx, "algorithm")) ? Algorithm.OFAC
                : Algorithm.TRADESCREEN;
        double threshold = Params.number(ctx, "threshold", DEFAULT_THRESHOLD, 0, 1);
        double cutoff = Math.min(threshold, Params.number(ctx, "cutoff", DEFAULT_CUTOFF, 0, 1));
        LocalDate asOf = Params.date(ctx, "as_of");
        ListsAsOf.View view = live.at(asOf);
        JsonNode queries = Json.body(ctx).path("queries");
        if (!queries.isObject() || queries.isEmpty()) {
            throw new BadRequest("queries: required, an object of named queries {\"q1\": {\"schema\", \"properties\"}}");
        }
        if (queries.size() > MAX_BATCH) {
            throw new BadRequest("Too many queries in one batch (limit: " + MAX_BATCH + ")");
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        var fields = queries.fields();
        try (WorkLimits.Work w = work.start(ctx)) {
            while (fields.hasNext()) {
                w.check(responses.size(), queries.size());
                var entry = fields.next();
                responses.put(entry.getKey(), matchOne(entry.getKey(), entry.getValue(), view, sources, limit, threshold,
                        cutoff, algorithm));
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("responses", responses);
        doc.put("limit", limit);
        notClear(doc, view.coverage(sources), asOf);
        ctx.header("x-batch-size", String.valueOf(queries.size()));
        Json.answerWithNulls(ctx, doc);
    }

    private Map<String, Object> matchOne(String key, JsonNode example, ListsAsOf.View view, Set<String> sources,
                                         int limit, double threshold, double cutoff, Algorithm algorithm) {
        String where = "queries." + key + ".";
        String schema = Json.text(example, "schema");
        if (schema == null) {
            throw new BadRequest(where + "schema: required (Person, Company, Organization, Vessel, LegalEntity…)");
        }
        JsonNode propsNode = example.path("properties");
        if (!propsNode.isObject()) {
            throw new BadRequest(where + "properties: required, an object of property lists");
        }
        Map<String, Object> props = MAPPER.convertValue(propsNode, new TypeReference<>() { });
        List<String> names = new ArrayList<>(FtmEntities.values(props, "name"));
        names.addAll(FtmEntities.values(props, "alias"));
        if (names.isEmpty()) {
            throw new BadRequest(where + "properties.name: required, at least one name");
        }
        if (names.size() > MAX_NAMES) {
            throw new BadRequest(where + "properties.name: " + names.size() + " names and aliases; at most " + MAX_NAMES);
        }
        EntityType type = FtmVocabulary.queryType(schema);
        String country = first(props, FtmVocabulary.COUNTRY_PROPERTIES);
        PartialDate dob = birthDate(props);
        List<Identifier> ids = new ArrayList<>();
        for (String p : FtmVocabulary.IDENTIFIER_PROPERTIES) {
            FtmEntities.values(props, p).forEach(v -> ids.add(new Identifier(p, v, null, null)));
        }
        List<Query> perName = new ArrayList<>();
        for (String name : names) {
            try {
                perName.add(new Query(name, type, country, dob, ids, sources));
            } catch (IllegalArgumentException e) {
                // Query's own limits (name length, identifiers) name the property; say which query too.
                throw new BadRequest(where + "properties." + e.getMessage());
            }
        }
        Map<String, Hit> best = new HashMap<>();
        for (Query q : perName) {
            for (Hit h : view.screener().screen(q, cutoff, limit, algorithm)) {
                best.merge(h.entityId(), h, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        List<Hit> hits = best.values().stream().sorted(Comparator.comparingDouble(Hit::score).reversed()
                .thenComparing(Hit::entityId)).limit(limit).toList();
        List<Map<String, Object>> results = new ArrayList<>();
        for (Hit h : hits) {
            Map<String, Object> r = FtmEntities.entity(h.entity());
            r.put("score", h.score());
            r.put("match", h.score() >= threshold);
            Map<String, Map<String, Object>> explanations = explanations(h);
            r.put("explanations", explanations);
            Map<String, Double> features = new LinkedHashMap<>();
            explanations.forEach((k, v) -> features.put(k, (Double) v.get("score")));
            r.put("features", features);
            results.add(r);
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("status", 200);
        response.put("results", results);
        response.put("total", Map.of("value", hits.stream().filter(h -> h.score() >= threshold).count(), "relation", "eq"));
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("id", Json.text(example, "id"));
        query.put("schema", schema);
        query.put("properties", props);
        response.put("query", query);
        return response;
    }

    /** Our explanation in yente's form: feature name to score, detail, and the values compared. */
    private static Map<String, Map<String, Object>> explanations(Hit h) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        String aligned = h.explanation().name().aligned().stream()
                .map(a -> a.queryToken() + (a.similarity() >= 1 ? " = " : " ~ ") + a.listToken())
                .collect(java.util.stream.Collectors.joining(", "));
        out.put("name_match", feature(h.explanation().nameScore(), aligned.isEmpty() ? null : aligned, h.matchedName()));
        for (Feature f : h.explanation().features()) {
            String name = switch (f.feature()) {
                case DATE_OF_BIRTH -> f.outcome() == Feature.Outcome.MISMATCH ? "dob_year_disjoint"
                        : "dob_" + f.outcome().word();
                case COUNTRY -> "country_" + f.outcome().word();
                case IDENTIFIER -> "identifier_match";
                case ENTITY_TYPE -> "schema_mismatch";
                case WEAK_ALIAS -> "weak_alias_match";
            };
            out.put(name, feature(1.0, f.detail(), null));
        }
        return out;
    }

    private static Map<String, Object> feature(double score, @Nullable String detail, @Nullable String candidate) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("score", score);
        f.put("detail", detail);
        f.put("query", null);
        f.put("candidate", candidate);
        return f;
    }

    private void search(Context ctx) {
        Set<String> sources = dataset(ctx.pathParam("dataset"));
        int limit = Params.integer(ctx, "limit", 10, 0, MAX_LIMIT);
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        String schema = Params.text(ctx, "schema");
        EntityType type = schema == null ? EntityType.UNKNOWN : FtmVocabulary.queryType(schema);
        Set<String> countries = new HashSet<>();
        Params.list(ctx, "countries").forEach(c -> countries.add(QueryFields.country(c, "").toLowerCase(Locale.ROOT)));
        LocalDate asOf = Params.date(ctx, "as_of");
        ListsAsOf.View view = live.at(asOf);
        String text = Params.text(ctx, "q");
        Predicate<Entity> passes = e -> (sources.isEmpty() || sources.contains(e.source()))
                && (type == EntityType.UNKNOWN || e.type() == EntityType.UNKNOWN || e.type() == type)
                && (countries.isEmpty() || FtmEntities.countries(e).stream().anyMatch(countries::contains));
        Facets facets = new Facets();
        int total;
        List<Entity> page;
        if (text != null) {
            // Entities carrying every word first, then near spellings from the screener, each entity once.
            LinkedHashSet<Entity> ranked = new LinkedHashSet<>(
                    WordSearch.containingAllWords(view.screener().index(), text));
            Query query = new Query(text, type, null, null, null, sources);
            for (Hit h : view.screener().screen(query, SEARCH_FLOOR, SEARCH_CANDIDATES)) {
                ranked.add(h.entity());
            }
            // as yente's fuzzy text search: every word found, each maybe a typo away
            if (Params.flag(ctx, "fuzzy")) {
                view.screener().partial(query, FUZZY_WORDS_FLOOR, SEARCH_CANDIDATES).forEach(h -> ranked.add(h.entity()));
            }
            List<Entity> all = ranked.stream().filter(passes).toList();
            all.forEach(facets::count);
            total = all.size();
            page = Page.of(all, offset, limit);
        } else {
            // by filters alone: every entity looked at, none held but the page's
            IndexScan.Result r = IndexScan.select(view.screener().index(), passes, facets::count,
                    Comparator.comparing(Entity::primaryName), offset, limit);
            total = r.total();
            page = r.page();
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("limit", limit);
        doc.put("offset", offset);
        doc.put("total", Map.of("value", total, "relation", "eq"));
        doc.put("results", page.stream().map(FtmEntities::entity).toList());
        doc.put("facets", Map.of("countries", facet("Countries", facets.countries),
                "datasets", facet("Data sources", facets.datasets)));
        notClear(doc, view.coverage(sources), asOf);
        Json.answerWithNulls(ctx, doc);
    }

    /**
     * Our extension to yente's documents: when a dataset had no version in force on {@code as_of}, the answer
     * says so, since an empty result would otherwise read as clear.
     */
    private static void notClear(Map<String, Object> doc, Coverage coverage, @Nullable LocalDate asOf) {
        if (!coverage.complete()) {
            doc.put("coverage", ScreenReport.CoverageView.of(coverage));
            doc.put("warnings", coverage.warnings(asOf));
        }
    }

    /** How many of the entities found carry each country and come from each dataset. */
    private static final class Facets {
        final Map<String, Integer> countries = new LinkedHashMap<>();
        final Map<String, Integer> datasets = new LinkedHashMap<>();

        void count(Entity e) {
            FtmEntities.countries(e).stream().distinct().forEach(c -> countries.merge(c, 1, Integer::sum));
            datasets.merge(e.source(), 1, Integer::sum);
        }
    }

    private static Map<String, Object> facet(String label, Map<String, Integer> counts) {
        return Map.of("label", label, "values", counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(c -> Map.of("name", c.getKey(), "label", c.getKey(), "count", c.getValue())).toList());
    }

    /** Every source as a dataset, inside the {@code default} and {@code sanctions} collections. */
    private void catalog(Context ctx) {
        List<SnapshotVersion> versions = live.at(null).versions();
        List<Map<String, Object>> datasets = new ArrayList<>();
        List<String> names = versions.stream().map(SnapshotVersion::source).toList();
        for (String collection : List.of("default", "sanctions")) {
            datasets.add(Map.of("name", collection, "title", "All lists", "type", "collection", "children", names,
                    "load", true));
        }
        for (SnapshotVersion v : versions) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("name", v.source());
            d.put("title", v.source());
            d.put("type", "source");
            d.put("version", String.valueOf(v.version()));
            d.put("last_change", v.published().toString());
            d.put("last_export", v.loadedAt().toString());
            d.put("entity_count", v.entityCount());
            d.put("load", true);
            datasets.add(d);
        }
        List<String> current = new ArrayList<>(List.of("default", "sanctions"));
        current.addAll(names);
        Json.answerWithNulls(ctx, Map.of("datasets", datasets, "current", current, "outdated", List.of(),
                "index_stale", false));
    }

    private void entity(Context ctx) {
        String id = ctx.pathParam("entity_id");
        EntityHistory history = EntityHistory.of(live.store(), id).orElseThrow(() -> new NotFoundResponse("No such entity!"));
        Map<String, Object> r = FtmEntities.entity(history.entity());
        List<HistoryEvent> events = history.events();
        LocalDate first = events.isEmpty() ? null : events.get(0).date();
        LocalDate lastChange = events.isEmpty() ? null : events.get(events.size() - 1).date();
        r.put("first_seen", first == null ? null : first + "T00:00:00");
        r.put("last_change", lastChange == null ? null : lastChange + "T00:00:00");
        r.put("last_seen", events.isEmpty() ? null : lastSeen(events) + "T00:00:00");
        r.put("target", events.isEmpty() || events.get(events.size() - 1).event() != HistoryEvent.Kind.DELISTED);
        Json.answerWithNulls(ctx, r);
    }

    /** The last day the entity was on its list: today if it still is, else the day before it was delisted. */
    private static LocalDate lastSeen(List<HistoryEvent> events) {
        HistoryEvent last = events.get(events.size() - 1);
        return last.event() == HistoryEvent.Kind.DELISTED ? last.date().minusDays(1) : LocalDate.now();
    }

    private Set<String> dataset(String name) {
        if (name.equals("default") || name.equals("sanctions")) {
            return Set.of();
        }
        if (live.sources().contains(name)) {
            return Set.of(name);
        }
        throw new NotFoundResponse("No such dataset.");
    }

    /**
     * The first country of these properties that we can read. yente cleans values it cannot read out of a
     * query rather than failing it, and so do we: an unreadable nationality only loses its corroboration.
     */
    private static @Nullable String first(Map<String, Object> props, List<String> names) {
        for (String n : names) {
            for (String v : FtmEntities.values(props, n)) {
                try {
                    return QueryFields.country(v, "");
                } catch (IllegalArgumentException unreadable) {
                    // try the next value
                }
            }
        }
        return null;
    }

    /** The first readable birth date; a timestamp such as 1975-04-21T00:00:00 is read as its date. */
    private static @Nullable PartialDate birthDate(Map<String, Object> props) {
        for (String v : FtmEntities.values(props, "birthDate")) {
            try {
                return QueryFields.birthDate(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v, "");
            } catch (IllegalArgumentException unreadable) {
                // try the next value
            }
        }
        return null;
    }
}
