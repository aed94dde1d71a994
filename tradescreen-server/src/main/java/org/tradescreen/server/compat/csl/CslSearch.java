package org.tradescreen.server.compat.csl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tradescreen.match.Hit;
import org.tradescreen.match.Query;
import org.tradescreen.match.Screener;
import org.tradescreen.match.index.ListedIn;
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.model.Address;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Identifier;
import org.tradescreen.server.compat.IndexScan;
import org.tradescreen.server.compat.Page;
import org.tradescreen.server.compat.WordSearch;

/**
 * Runs a CSL-style search on one compiled index. With {@code fuzzy_name=true} the name goes through our
 * screener and each result carries a 0-100 {@code score}; names that hold the query's words among others
 * (partial matches: "Rotenberg" for "ROTENBERG, Arkady Romanovich") are results too, scored by how well the
 * query's words were found, as trade.gov's fuzzy word search lists them; without it, as on trade.gov, a result must carry
 * every word of the name (after normalisation: case, accents, legal forms). Without a name, the filters
 * alone select. Filters (sources, types, countries, address) apply to both.
 */
final class CslSearch {

    /** Below this our score is too weak for a search result: trade.gov's fuzzy search is also selective. */
    static final double FUZZY_FLOOR = 0.60;
    private static final int FUZZY_CANDIDATES = 500;
    /** A name part found with at most about a typo a word: "Rotenburg" for "ROTENBERG, Arkady" scores 89. */
    static final double PARTIAL_FLOOR = 0.80;

    /** One selected entity and its score (null for an exact search). */
    record Found(Entity entity, @Nullable Double score) {
    }

    private CslSearch() {
    }

    /** What a search selected: how many, how many from each sub-list, and the page asked for. */
    record Selection(int total, List<Map<String, Object>> sources, List<Found> page) {
        static Selection of(List<Found> found, CslQuery q) {
            Map<String, Integer> counts = new HashMap<>();
            found.forEach(f -> counts.merge(sourceName(f.entity()), 1, Integer::sum));
            return new Selection(found.size(), sourceCounts(counts), Page.of(found, q.offset(), q.size()));
        }
    }

    static Selection search(Screener screener, CslQuery q) {
        ScreeningIndex index = screener.index();
        List<Found> found = new ArrayList<>();
        if (q.name() != null && q.fuzzy()) {
            // trade.gov's fuzzy search matches words, so a surname alone finds everyone who bears it
            Map<String, Hit> byEntity = new LinkedHashMap<>();
            List<Hit> hits = new ArrayList<>(screener.screen(Query.name(q.name()), FUZZY_FLOOR, FUZZY_CANDIDATES));
            hits.addAll(screener.partial(Query.name(q.name()), PARTIAL_FLOOR, FUZZY_CANDIDATES));
            // an entity found both ways (a weak whole match, a good partial one) is one result, at its best
            hits.forEach(h -> byEntity.merge(h.entityId(), h, (a, b) -> b.score() > a.score() ? b : a));
            hits = new ArrayList<>(byEntity.values());
            hits.sort(Comparator.comparingDouble((Hit h) -> -h.score()));
            for (Hit h : hits) {
                if (passes(h.entity(), q)) {
                    found.add(new Found(h.entity(), Math.round(h.score() * 1000) / 10.0));
                }
            }
            return Selection.of(found, q);
        }
        Comparator<Entity> byName = Comparator.comparing(Entity::primaryName).thenComparing(Entity::id);
        if (q.name() == null) {
            // by filters alone: every entity looked at, none held but the page's
            Map<String, Integer> counts = new HashMap<>();
            IndexScan.Result r = IndexScan.select(index, e -> passes(e, q),
                    e -> counts.merge(sourceName(e), 1, Integer::sum), byName, q.offset(), q.size());
            return new Selection(r.total(), sourceCounts(counts),
                    r.page().stream().map(e -> new Found(e, null)).toList());
        }
        WordSearch.containingAllWords(index, q.name()).stream().filter(e -> passes(e, q)).sorted(byName)
                .forEach(e -> found.add(new Found(e, null)));
        return Selection.of(found, q);
    }

    private static boolean passes(Entity e, CslQuery q) {
        if (!q.sources().isEmpty() && !q.sources().contains(upper(e.listing().list()))
                && !q.sources().contains(upper(e.source()))) {
            return false;
        }
        // As everywhere in tradescreen, an entry whose list states no type passes a type filter.
        if (!q.types().isEmpty() && e.type() != EntityType.UNKNOWN && !q.types().contains(e.type())) {
            return false;
        }
        if (!q.countries().isEmpty() && countries(e).stream().noneMatch(q.countries()::contains)) {
            return false;
        }
        CslQuery.AddressFilter f = q.address();
        // Lists that give an address as one line (the CSL files) have no separate city or state: those
        // parameters then look in the whole line.
        return f.isEmpty() || e.addresses().stream().anyMatch(a -> contains(a.oneLine(), f.anywhere())
                && contains(a.city() != null ? a.city() : a.oneLine(), f.city())
                && contains(a.region() != null ? a.region() : a.oneLine(), f.state())
                && contains(a.postalCode() != null ? a.postalCode() : a.oneLine(), f.postalCode()));
    }

    private static boolean contains(String field, @Nullable String wanted) {
        return wanted == null || field != null && field.toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT));
    }

    /** Every country the entity is tied to, as trade.gov's search matches them: addresses, IDs, nationalities. */
    private static Set<String> countries(Entity e) {
        Set<String> out = new HashSet<>();
        e.addresses().stream().map(Address::countryCode).filter(c -> c != null).forEach(c -> out.add(upper(c)));
        e.identifiers().stream().map(Identifier::country).filter(c -> c != null).forEach(c -> out.add(upper(c)));
        e.nationalities().forEach(c -> out.add(upper(c)));
        return out;
    }

    private static String upper(@Nullable String s) {
        return s == null ? "" : s.toUpperCase(Locale.ROOT);
    }

    /** One result in trade.gov's field names and order; absent values are null or empty, as there. */
    static Map<String, Object> result(Entity e, @Nullable Double score) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", e.source().equals("us-csl") ? e.sourceId() : e.id());
        r.put("source", sourceName(e));
        // OFAC's entity number is its source id; the CSL files' own entity_number is not kept at import.
        r.put("entity_number", e.source().startsWith("us-ofac") ? e.sourceId() : null);
        r.put("type", switch (e.type()) {
            case PERSON -> "Individual";
            case ORGANIZATION -> "Entity";
            case VESSEL -> "Vessel";
            case AIRCRAFT -> "Aircraft";
            case UNKNOWN -> null;
        });
        r.put("programs", e.programs());
        r.put("name", e.primaryName());
        r.put("title", e.title());
        r.put("addresses", e.addresses().stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("address", a.street());
            m.put("city", a.city());
            m.put("state", a.region());
            m.put("postal_code", a.postalCode());
            m.put("country", a.countryCode() != null ? a.countryCode().toUpperCase(Locale.ROOT) : a.country());
            return m;
        }).toList());
        r.put("federal_register_notice", e.listing().citation());
        r.put("start_date", e.listing().listedOn());
        r.put("end_date", e.listing().endDate());
        r.put("standard_order", null);
        r.put("license_requirement", e.listing().licenseRequirement());
        r.put("license_policy", e.listing().licensePolicy());
        r.put("call_sign", e.vessel() == null ? null : e.vessel().callSign());
        r.put("vessel_type", e.vessel() == null ? null : e.vessel().vesselType());
        r.put("gross_tonnage", e.vessel() == null ? null : e.vessel().tonnage());
        r.put("gross_registered_tonnage", e.vessel() == null ? null : e.vessel().grossRegisteredTonnage());
        r.put("vessel_flag", e.vessel() == null ? null : e.vessel().flag());
        r.put("vessel_owner", e.vessel() == null ? null : e.vessel().owner());
        r.put("remarks", e.remarks().isEmpty() ? null : String.join("; ", e.remarks()));
        r.put("source_list_url", null);
        r.put("alt_names", e.names().stream().map(n -> n.value()).filter(n -> !n.equals(e.primaryName())).toList());
        r.put("citizenships", List.of());
        r.put("dates_of_birth", e.birthDates().stream().map(d -> d.toString()).toList());
        r.put("nationalities", e.nationalities());
        r.put("places_of_birth", e.birthPlaces());
        r.put("source_information_url", e.sourceUrl());
        r.put("ids", e.identifiers().stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", i.type());
            m.put("number", i.value());
            m.put("country", i.country());
            m.put("issue_date", null);
            m.put("expiration_date", null);
            return m;
        }).toList());
        r.put("country", e.addresses().stream().map(Address::countryCode).filter(c -> c != null).findFirst()
                .map(c -> c.toUpperCase(Locale.ROOT)).orElse(null));
        if (score != null) {
            r.put("score", score);
        }
        return r;
    }

    /** The sub-list's full name, as trade.gov writes it in {@code source}. */
    static String sourceName(Entity e) {
        return sourceName(new ListedIn(e.source(), e.listing().list(), e.listing().listName()));
    }

    /** The name trade.gov gives a list: the one its listings give, or the full name of its code, or its source. */
    static String sourceName(ListedIn list) {
        return list.listName() != null ? list.listName() : CslSources.fullName(list.list()).orElse(list.source());
    }

    /** Each sub-list with how many it gave, the most first, then by name. */
    private static List<Map<String, Object>> sourceCounts(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(c -> Map.<String, Object>of("value", c.getKey(), "count", c.getValue())).toList();
    }
}
