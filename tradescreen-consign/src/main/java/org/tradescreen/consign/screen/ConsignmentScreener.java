package org.tradescreen.consign.screen;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.tradescreen.consign.Consignment;
import org.tradescreen.consign.GoodsLine;
import org.tradescreen.consign.Party;
import org.tradescreen.consign.contact.ContactIndex;
import org.tradescreen.consign.policy.Decision;
import org.tradescreen.consign.policy.Policy;
import org.tradescreen.consign.policy.Rule;
import org.tradescreen.goods.describe.GoodsQuery;
import org.tradescreen.goods.describe.GoodsResult;
import org.tradescreen.goods.describe.GoodsScreener;
import org.tradescreen.goods.structure.Molecule;
import org.tradescreen.goods.structure.StructureException;
import org.tradescreen.lists.format.custom.CustomCsvFormat;
import org.tradescreen.lists.snapshot.SnapshotVersion;
import org.tradescreen.match.Coverage;
import org.tradescreen.match.Hit;
import org.tradescreen.match.ListsAsOf;
import org.tradescreen.match.ListsInForce;
import org.tradescreen.match.Query;
import org.tradescreen.match.Screener;
import org.tradescreen.report.ScreenReport;

/**
 * Screens a consignment and decides on it: its parties against the lists in force on its date (names, and contact
 * points), its goods lines against the controlled-chemicals catalog as of that date, then the policy's rules over
 * what was found. The decision is the worst reason's, CLEAR when no rule fires. Thread-safe: a batch screens many
 * consignments at once.
 *
 * <p>The list versions of a date are looked up once per date and the compiled index of each version set is shared
 * ({@link ListsAsOf}); contact points are indexed once per compiled index, and a name already screened against it
 * (the same merchant on a thousand parcels) or a goods description already read on that date is answered from a
 * bounded cache.
 */
public final class ConsignmentScreener {

    /** Hits kept per party: a consignment names a party once, and the best few say all a reviewer needs. */
    static final int HITS_PER_PARTY = 5;
    private static final double DEFAULT_POSSIBLE = 0.70;
    private static final int CACHED_DATES = 1024;
    /** Version sets kept compiled for a run: a year of weekly list updates is some fifty. */
    private static final int CACHED_VERSION_SETS = 64;
    /**
     * Names screened per compiled index, and goods queries answered: a day's manifests name the same merchants and
     * the same goods again and again (measured in docs/benchmarks.md). Results depend only on the key and the
     * index, so a cached answer is the answer.
     */
    private static final int CACHED_NAMES = 50_000;
    private static final int CACHED_GOODS = 20_000;
    /** What is built per compiled index, shared by every screener: forgotten with the index. */
    private static final Map<Screener, PerIndex> PER_INDEX = Collections.synchronizedMap(new WeakHashMap<>());

    private final ListsInForce lists;
    private final GoodsScreener goods;
    private final Policy policy;
    private final Clock clock;
    private final FactBuilder facts;
    private final Map<LocalDate, ListsAsOf.View> views = lru(CACHED_DATES);
    private final Map<List<Long>, CompletableFuture<Screener>> screeners = lru(CACHED_VERSION_SETS);
    /** Text-only goods queries (a structure is not a cheap key); the date is part of the query. */
    private final Cache<GoodsQuery, GoodsResult> goodsResults = Caffeine.newBuilder().maximumSize(CACHED_GOODS).build();

    /** A party name as screened: its hits depend on nothing else. */
    private record NameQuery(String name, String country, double threshold) {
    }

    /** The contact points of a compiled index's entities, and the names screened against it. */
    private record PerIndex(ContactIndex contacts, Cache<NameQuery, List<Hit>> hits) {

        static PerIndex of(Screener s) {
            return new PerIndex(new ContactIndex(
                    () -> IntStream.range(0, s.index().entityCount()).mapToObj(i -> s.index().entity(i)).iterator()),
                    Caffeine.newBuilder().maximumSize(CACHED_NAMES).build());
        }
    }

    public ConsignmentScreener(ListsInForce lists, GoodsScreener goods, Policy policy, Clock clock) {
        this.lists = lists;
        this.goods = goods;
        this.policy = policy;
        this.clock = clock;
        this.facts = new FactBuilder(policy);
    }

    public Policy policy() {
        return policy;
    }

    /** Screens one consignment and decides on it; {@code fallbackAsOf} applies when it has no date of its own (null: today). */
    public ConsignmentResult screen(Consignment c, @Nullable LocalDate fallbackAsOf) {
        return decide(find(c, fallbackAsOf));
    }

    /**
     * The first half of {@link #screen}: what the lists and the catalog say of the consignment's parties and lines
     * on its date, with the facts the rules read. No rule runs here.
     */
    public Screened find(Consignment c, @Nullable LocalDate fallbackAsOf) {
        LocalDate asOf = c.asOf() != null ? c.asOf() : fallbackAsOf != null ? fallbackAsOf : LocalDate.now(clock);
        ListsAsOf.View view = view(asOf);
        Coverage coverage = view.coverage(Set.of());
        Set<String> custom = view.versions().stream().filter(v -> CustomCsvFormat.NAME.equals(v.format()))
                .map(SnapshotVersion::source).collect(Collectors.toSet());
        PerIndex index = PER_INDEX.computeIfAbsent(view.screener(), PerIndex::of);

        List<Screened.PartyScreened> parties = new ArrayList<>();
        for (Party p : c.parties()) {
            parties.add(screenParty(p, view.screener(), index, custom));
        }
        List<Screened.LineScreened> lines = new ArrayList<>();
        for (GoodsLine l : c.lines()) {
            lines.add(screenLine(l, asOf));
        }
        return new Screened(c, asOf, coverage, parties, lines);
    }

    /** The second half of {@link #screen}: the policy's rules over what was found, and the decision with its reasons. */
    public ConsignmentResult decide(Screened s) {
        List<Reason> reasons = reasons(s);
        Decision decision = reasons.stream().map(Reason::decision).reduce(Decision.CLEAR, Decision::worst);
        List<String> warnings = new ArrayList<>(s.consignment().warnings());
        warnings.addAll(s.coverage().warnings(s.asOf()));
        return new ConsignmentResult(s.consignment().id(), s.asOf(), decision, reasons,
                s.parties().stream().map(Screened.PartyScreened::result).toList(),
                s.lines().stream().map(Screened.LineScreened::result).toList(), policy.stamp(),
                ScreenReport.ListRef.of(s.coverage().used()), warnings, null, null);
    }

    /**
     * The lists of a date. Consignments of one batch span many dates, most of them sharing a version set: each set
     * is compiled once for the run and kept, rather than left to {@link ListsAsOf}'s small cache of the newest few,
     * which dates in random order would thrash (a rebuild per chunk, measured: 4x slower).
     */
    private ListsAsOf.View view(LocalDate asOf) {
        synchronized (this) {
            ListsAsOf.View v = views.get(asOf);
            if (v != null) {
                return v;
            }
        }
        List<SnapshotVersion> versions = lists.versions(asOf, Set.of());
        List<Long> key = ListsAsOf.key(versions);
        CompletableFuture<Screener> mine = new CompletableFuture<>();
        CompletableFuture<Screener> compiled;
        synchronized (this) {
            compiled = screeners.putIfAbsent(key, mine);
        }
        // The index is built outside any lock: its build runs parallel streams on the common pool, whose threads
        // may be the very ones screening this batch, and a thread waiting for a lock there can deadlock the pool.
        // Other threads wanting the same version set wait on the future (a managed wait: the pool adds a thread).
        if (compiled == null) {
            compiled = mine;
            try {
                mine.complete(lists.at(asOf, Set.of()).screener());
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
                synchronized (this) {
                    screeners.remove(key);
                }
                throw e;
            }
        }
        Screener screener;
        try {
            screener = compiled.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        ListsAsOf.View v = new ListsAsOf.View(screener, asOf, versions, lists.gaps(versions, Set.of()));
        synchronized (this) {
            views.put(asOf, v);
        }
        return v;
    }

    private static <K, V> Map<K, V> lru(int size) {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        };
    }

    private Screened.PartyScreened screenParty(Party p, Screener screener, PerIndex index, Set<String> custom) {
        List<Hit> hits = List.of();
        if (!p.name().isBlank()) {
            NameQuery q = new NameQuery(p.name(), p.country(), policy.limit("possible", DEFAULT_POSSIBLE));
            hits = index.hits().get(q, k -> screenName(screener, k));
        }
        return facts.party(p, hits, index.contacts().find(p), custom);
    }

    private static List<Hit> screenName(Screener screener, NameQuery q) {
        // A name past the query's limits cannot be screened as such: a reason will say so through no_name.
        try {
            return screener.screen(new Query(q.name(), null, q.country().isEmpty() ? null : q.country(), null,
                    null, null), q.threshold(), HITS_PER_PARTY);
        } catch (IllegalArgumentException tooLong) {
            return List.of();
        }
    }

    private Screened.LineScreened screenLine(GoodsLine l, LocalDate asOf) {
        Molecule structure = null;
        String structureError = null;
        if (!l.smiles().isEmpty()) {
            try {
                structure = Molecule.smiles(l.smiles());
            } catch (StructureException e) {
                structureError = e.getMessage();
            }
        }
        String description = l.description().length() > GoodsQuery.MAX_DESCRIPTION_LENGTH
                ? l.description().substring(0, GoodsQuery.MAX_DESCRIPTION_LENGTH) : l.description();
        GoodsQuery q = new GoodsQuery(description.isEmpty() ? null : description,
                l.cas().isEmpty() ? null : l.cas(), l.hsCode().isEmpty() ? null : l.hsCode(), structure, asOf);
        GoodsResult r = structure == null ? goodsResults.get(q, goods::screen) : goods.screen(q);
        return facts.line(l, r, structureError);
    }

    /** Evaluates every rule over every item of its scope; each firing is a reason. */
    private List<Reason> reasons(Screened s) {
        Map<String, Object> consignment = facts.consignment(s);
        List<Reason> reasons = new ArrayList<>();
        for (Rule rule : policy.rules()) {
            switch (rule.scope()) {
                case CONSIGNMENT -> apply(rule, Map.of("consignment", consignment),
                        () -> FactBuilder.consignmentReason(rule, s), reasons);
                case PARTY -> s.parties().forEach(p -> apply(rule, Map.of("consignment", consignment, "party",
                        p.facts()), () -> FactBuilder.partyReason(rule, p), reasons));
                case HIT -> s.parties().forEach(p -> {
                    for (int i = 0; i < p.hits().size(); i++) {
                        Hit h = p.hits().get(i);
                        apply(rule, Map.of("consignment", consignment, "party", p.facts(), "hit", p.hitFacts().get(i)),
                                () -> FactBuilder.hitReason(rule, p, h), reasons);
                    }
                });
                case CONTACT -> s.parties().forEach(p -> {
                    for (int i = 0; i < p.contacts().size(); i++) {
                        ContactIndex.Match m = p.contacts().get(i);
                        apply(rule, Map.of("consignment", consignment, "party", p.facts(), "contact",
                                p.contactFacts().get(i)), () -> FactBuilder.contactReason(rule, p, m), reasons);
                    }
                });
                case LINE -> s.lines().forEach(l -> apply(rule, Map.of("consignment", consignment, "line", l.facts()),
                        () -> FactBuilder.lineReason(rule, l), reasons));
            }
        }
        return reasons;
    }

    private void apply(Rule rule, Map<String, Object> vars, Supplier<Reason> reason, List<Reason> reasons) {
        Policy.Outcome o = policy.fires(rule, vars);
        if (o.fired()) {
            reasons.add(reason.get());
        } else if (o.error() != null) {
            // A rule that cannot be evaluated must not let a consignment through unseen.
            Reason r = reason.get();
            reasons.add(new Reason(rule.id(), Decision.REVIEW, r.party(), r.lineNo(), "the rule could not be"
                    + " evaluated, so a person must look: " + o.error(), null, null, null, null, null, null, null));
        }
    }
}
