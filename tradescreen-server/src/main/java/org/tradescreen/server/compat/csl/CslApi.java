package org.tradescreen.server.compat.csl;

import io.javalin.http.Context;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.WeakHashMap;
import org.tradescreen.lists.snapshot.SnapshotVersion;
import org.tradescreen.match.Coverage;
import org.tradescreen.match.ListsAsOf;
import org.tradescreen.match.index.ListedIn;
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.model.Countries;
import org.tradescreen.model.EntityType;
import org.tradescreen.report.ScreenReport;
import org.tradescreen.server.api.BadRequest;
import org.tradescreen.server.api.Json;
import org.tradescreen.server.api.Params;
import org.tradescreen.server.lists.LiveLists;
import org.tradescreen.server.openapi.ApiRoutes.Param;
import org.tradescreen.server.openapi.ApiRoutes;

/**
 * {@code GET /consolidated_screening_list/v1/search}, answering as trade.gov's Consolidated Screening List
 * API does, so existing clients work unchanged. Sloppy input is accepted as trade.gov accepts it: empty
 * parameters are absent, lists are comma-separated in any case, {@code type} and {@code types} are the same,
 * {@code size} above 100 is cut to 100. Both the current response envelope ({@code sources} counts) and the
 * older one ({@code offset}, {@code sources_used}, {@code search_performed_at}) are served, since clients read
 * either. {@code as_of} is our extension.
 */
public final class CslApi {

    static final int MAX_SIZE = 100;
    private static final DateTimeFormatter PERFORMED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");

    private final LiveLists live;
    /** Weak keys: an index swapped out is forgotten with it. */
    private final Map<ScreeningIndex, SubLists> subLists = new WeakHashMap<>();

    /**
     * The sub-lists of one compiled index: each full name (Entity List…) with the source it is stored in, and
     * every value {@code sources=} may name: sub-list abbreviations (EL, SDN…) and source ids, in upper case.
     */
    private record SubLists(Map<String, String> sourceByName, Set<String> codes) {
    }

    public CslApi(LiveLists live) {
        this.live = live;
    }

    public void register(ApiRoutes api) {
        List<Param> params = List.of(
                Param.query("name", "string", "Name to search in names and alternate names"),
                Param.query("fuzzy_name", "boolean", "true: fuzzy name search, each result has a 0-100 score"),
                Param.query("sources", "string", "Sub-list abbreviations, comma-separated: SDN, EL, DPL, UVL…"),
                Param.query("types", "string", "Individual, Entity, Vessel or Aircraft, comma-separated (also 'type')"),
                Param.query("countries", "string", "ISO country codes, comma-separated"),
                Param.query("address", "string", "Text to find in an address (also 'full_address')"),
                Param.query("city", "string", "Text to find in an address's city"),
                Param.query("state", "string", "Text to find in an address's state or region"),
                Param.query("postal_code", "string", "Text to find in an address's postal code"),
                Param.query("size", "integer", "Results per page, default 10, at most 100"),
                Param.query("offset", "integer", "Results to skip, default 0"),
                Param.query("as_of", "string", "Extension: YYYY-MM-DD, search the lists as they stood that day"));
        api.get("/consolidated_screening_list/v1/search", "compatible",
                "Search as trade.gov's Consolidated Screening List API", params, this::search);
        api.get("/consolidated_screening_list/search", "compatible",
                "The same search at the older trade.gov path", params, this::search);
        api.get("/consolidated_screening_list/v1/sources", "compatible",
                "The lists searched and when each was last updated, as trade.gov's /v1/sources",
                List.of(Param.query("as_of", "string", "Extension: YYYY-MM-DD")), this::sources);
    }

    private void search(Context ctx) {
        CslQuery q = query(ctx);
        ListsAsOf.View view = live.at(q.asOf());
        // An unknown list would select nothing, and "total": 0 reads as a clean result: refuse it instead.
        Set<String> codes = subLists(view.screener().index()).codes();
        for (String s : q.sources()) {
            if (!codes.contains(s)) {
                throw new BadRequest("sources: '" + s + "' is not a list searched here; known: " + new TreeSet<>(codes));
            }
        }
        CslSearch.Selection selected = CslSearch.search(view.screener(), q);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("total", selected.total());
        doc.put("offset", q.offset());
        doc.put("sources", selected.sources());
        doc.put("sources_used", sourcesUsed(view));
        doc.put("search_performed_at", OffsetDateTime.now(ZoneOffset.UTC).format(PERFORMED_AT));
        // Only the page is written out in trade.gov's shape: an unfiltered search may select every entity.
        doc.put("results", selected.page().stream().map(f -> CslSearch.result(f.entity(), f.score())).toList());
        // Our extension, as for as_of: a list with no version in force that day makes an empty result not clear.
        Coverage coverage = view.coverage(Set.of());
        if (!coverage.complete()) {
            doc.put("coverage", ScreenReport.CoverageView.of(coverage));
            doc.put("warnings", coverage.warnings(q.asOf()));
        }
        Json.answerWithNulls(ctx, doc);
    }

    /**
     * Each list searched, as trade.gov names them: one entry per sub-list (Entity List, SDN…) with the
     * publication date and load time of the stored version it came from.
     */
    private List<Map<String, Object>> sourcesUsed(ListsAsOf.View view) {
        Map<String, SnapshotVersion> bySource = new LinkedHashMap<>();
        view.versions().forEach(v -> bySource.put(v.source(), v));
        List<Map<String, Object>> used = new ArrayList<>();
        subLists(view.screener().index()).sourceByName().forEach((name, source) -> {
            SnapshotVersion v = bySource.get(source);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", name);
            m.put("source_last_updated", v.published().toString());
            m.put("last_imported", v.loadedAt().toString());
            m.put("import_rate", "on update");
            used.add(m);
        });
        return used;
    }

    /** The sub-lists of an index, from the lists it says its entities are in; worked out once per index. */
    private SubLists subLists(ScreeningIndex index) {
        synchronized (subLists) {
            return subLists.computeIfAbsent(index, i -> {
                Map<String, String> names = new TreeMap<>();
                Set<String> codes = new HashSet<>();
                for (ListedIn list : i.listedIn()) {
                    String name = CslSearch.sourceName(list);
                    names.putIfAbsent(name, list.source());
                    codes.add(CslSources.abbreviation(name).toUpperCase(Locale.ROOT));
                    codes.add(list.source().toUpperCase(Locale.ROOT));
                    if (list.list() != null) {
                        codes.add(list.list().toUpperCase(Locale.ROOT));
                    }
                }
                return new SubLists(names, codes);
            });
        }
    }

    /** trade.gov's {@code /v1/sources}: the lists and how fresh they are. */
    private void sources(Context ctx) {
        List<Map<String, Object>> used = sourcesUsed(live.at(Params.date(ctx, "as_of")));
        used.forEach(m -> m.put("id", CslSources.abbreviation(String.valueOf(m.get("source")))));
        Json.answerWithNulls(ctx, Map.of("total", used.size(), "results", used));
    }

    static CslQuery query(Context ctx) {
        Set<EntityType> types = new LinkedHashSet<>();
        for (String t : Params.list(ctx, "types", "type")) {
            EntityType type = EntityType.fromWord(t);
            if (type == EntityType.UNKNOWN) {
                throw new BadRequest("types: '" + t + "' is not Individual, Entity, Vessel or Aircraft");
            }
            types.add(type);
        }
        Set<String> sources = new LinkedHashSet<>();
        Params.list(ctx, "sources", "source").forEach(s -> sources.add(s.toUpperCase(Locale.ROOT)));
        Set<String> countries = new LinkedHashSet<>();
        for (String c : Params.list(ctx, "countries", "country")) {
            countries.add(Countries.code(c).orElseThrow(() -> new BadRequest("countries: '" + c
                    + "' is not an ISO 3166 country code")).toUpperCase(Locale.ROOT));
        }
        return new CslQuery(Params.text(ctx, "name"), Params.flag(ctx, "fuzzy_name"), sources, types, countries,
                new CslQuery.AddressFilter(Params.text(ctx, "address", "full_address"), Params.text(ctx, "city"),
                        Params.text(ctx, "state"), Params.text(ctx, "postal_code")),
                Params.integer(ctx, "size", 10, 0, MAX_SIZE),
                Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE), Params.date(ctx, "as_of"));
    }
}
