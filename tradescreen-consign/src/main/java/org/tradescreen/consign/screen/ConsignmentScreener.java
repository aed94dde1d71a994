package org.tradescreen.consign.screen;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
 * ({@link ListsAsOf}); contact points are indexed once per compiled index.
 */
public final class ConsignmentScreener {

    /** Hits kept per party: a consignment names a party once, and the best few say all a reviewer needs. */
    static final int HITS_PER_PARTY = 5;
    private static final double DEFAULT_POSSIBLE = 0.70;
    private static final int CACHED_DATES = 256;
    /** Contact indexes by compiled index, shared by every screener: forgotten with the index. */
    private static final Map<Screener, ContactIndex> CONTACTS = Collections.synchronizedMap(new WeakHashMap<>());

    private final ListsAsOf lists;
    private final GoodsScreener goods;
    private final Policy policy;
    private final Clock clock;
    private final FactBuilder facts;
    private final Map<LocalDate, ListsAsOf.View> views = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<LocalDate, ListsAsOf.View> eldest) {
                    return size() > CACHED_DATES;
                }
            });

    public ConsignmentScreener(ListsAsOf lists, GoodsScreener goods, Policy policy, Clock clock) {
        this.lists = lists;
        this.goods = goods;
        this.policy = policy;
        this.clock = clock;
        this.facts = new FactBuilder(policy);
    }

    public Policy policy() {
        return policy;
    }

    /** Screens one consignment; {@code fallbackAsOf} applies when it has no date of its own (null: today). */
    public ConsignmentResult screen(Consignment c, LocalDate fallbackAsOf) {
        LocalDate asOf = c.asOf() != null ? c.asOf() : fallbackAsOf != null ? fallbackAsOf : LocalDate.now(clock);
        ListsAsOf.View view = view(asOf);
        Coverage coverage = view.coverage(Set.of());
        Set<String> custom = view.versions().stream().filter(v -> CustomCsvFormat.NAME.equals(v.format()))
                .map(SnapshotVersion::source).collect(Collectors.toSet());
        ContactIndex contacts = CONTACTS.computeIfAbsent(view.screener(), s -> new ContactIndex(
                () -> IntStream.range(0, s.index().entityCount()).mapToObj(i -> s.index().entity(i)).iterator()));

        List<Screened.PartyScreened> parties = new ArrayList<>();
        for (Party p : c.parties()) {
            parties.add(screenParty(p, view.screener(), contacts, custom));
        }
        List<Screened.LineScreened> lines = new ArrayList<>();
        for (GoodsLine l : c.lines()) {
            lines.add(screenLine(l, asOf));
        }
        Screened screened = new Screened(c, asOf, coverage, parties, lines);
        List<Reason> reasons = decide(screened);
        Decision decision = reasons.stream().map(Reason::decision).reduce(Decision.CLEAR, Decision::worst);
        List<String> warnings = new ArrayList<>(c.warnings());
        warnings.addAll(coverage.warnings(asOf));
        return new ConsignmentResult(c.id(), asOf, decision, reasons,
                parties.stream().map(Screened.PartyScreened::result).toList(),
                lines.stream().map(Screened.LineScreened::result).toList(), policy.stamp(),
                ScreenReport.ListRef.of(coverage.used()), warnings, null, null);
    }

    private ListsAsOf.View view(LocalDate asOf) {
        ListsAsOf.View v = views.get(asOf);
        if (v == null) {
            v = lists.at(asOf, Set.of());
            views.put(asOf, v);
        }
        return v;
    }

    private Screened.PartyScreened screenParty(Party p, Screener screener, ContactIndex contacts, Set<String> custom) {
        List<Hit> hits = List.of();
        if (!p.name().isBlank()) {
            // A name past the query's limits cannot be screened as such: a reason will say so through no_name.
            try {
                hits = screener.screen(new Query(p.name(), null, p.country().isEmpty() ? null : p.country(), null,
                        null, null), policy.limit("possible", DEFAULT_POSSIBLE), HITS_PER_PARTY);
            } catch (IllegalArgumentException tooLong) {
                hits = List.of();
            }
        }
        return facts.party(p, hits, contacts.find(p), custom);
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
        GoodsResult r = goods.screen(new GoodsQuery(description.isEmpty() ? null : description,
                l.cas().isEmpty() ? null : l.cas(), l.hsCode().isEmpty() ? null : l.hsCode(), structure, asOf));
        return facts.line(l, r, structureError);
    }

    /** Evaluates every rule over every item of its scope; each firing is a reason. */
    private List<Reason> decide(Screened s) {
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
