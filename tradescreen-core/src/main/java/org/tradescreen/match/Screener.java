package org.tradescreen.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tradescreen.match.index.Candidates;
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.match.normalize.NormalizedName;
import org.tradescreen.match.ofac.OfacNameScore;
import org.tradescreen.match.ofac.OfacScoreDetail;
import org.tradescreen.match.score.MatchKind;
import org.tradescreen.match.score.TokenAlignment;
import org.tradescreen.match.score.Tuning;
import org.tradescreen.match.score.NameMatch;
import org.tradescreen.match.score.NameScorer;
import org.tradescreen.match.score.PreparedName;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;

/**
 * Screens a party against one compiled index: candidates from the index, each scored by name, the
 * best name per entity kept, then corroborated with birth date, country, type and identifiers.
 * Thread-safe; the CLI, the server and batch jobs all call this.
 */
public final class Screener {

    private final ScreeningIndex index;
    private final NameScorer scorer = new NameScorer();
    private final OfacNameScore ofac = new OfacNameScore();

    public Screener(ScreeningIndex index) {
        this.index = index;
    }

    /** The compiled lists this screener searches; the server's search APIs walk it for filters and exact terms. */
    public ScreeningIndex index() {
        return index;
    }

    /** Hits at or above {@code threshold}, best first, at most {@code limit}, by our own algorithm. */
    public List<Hit> screen(Query q, double threshold, int limit) {
        return screen(q, threshold, limit, Algorithm.TRADESCREEN);
    }

    /** Hits at or above {@code threshold}, best first, at most {@code limit}. */
    public List<Hit> screen(Query q, double threshold, int limit, Algorithm algorithm) {
        return screen(q, index.prepare(q.name()), threshold, limit, algorithm, false);
    }

    /**
     * Every hit at or above {@code threshold}, best first, with no cut in retrieval: for a given entity the result
     * does not depend on what else is indexed. Monitoring screens this way, so that re-screening a stored base
     * against the entries that changed finds exactly what screening it against the whole lists would find for them.
     */
    public List<Hit> screenAll(Query q, double threshold) {
        return screen(q, index.prepare(q.name()), threshold, Integer.MAX_VALUE, Algorithm.TRADESCREEN, true);
    }

    /** {@link #screenAll} of a query whose name this screener's analyser has already read. */
    public List<Hit> screenAll(Query q, NormalizedName analyzed, double threshold) {
        return screen(q, index.prepare(analyzed), threshold, Integer.MAX_VALUE, Algorithm.TRADESCREEN, true);
    }

    /** A screener over some of this one's entities, scoring as this one does (see {@link ScreeningIndex#subset}). */
    public Screener subset(List<Entity> entities) {
        return new Screener(index.subset(entities));
    }

    private List<Hit> screen(Query q, PreparedName query, double threshold, int limit, Algorithm algorithm,
                             boolean exhaustive) {
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be between 0 and 1, got " + threshold);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        Scoring scoring = scoring(algorithm);
        double queryWeight = query.totalWeight();
        Map<Integer, Best> best = new HashMap<>();
        for (int nameId : byIdentifier(q)) {
            int e = index.entityOf(nameId);
            if (q.sources().isEmpty() || q.sources().contains(index.source(e))) {
                best.put(e, new Best(nameId, scorer.score(query, index.name(nameId), q.type())));
            }
        }
        Candidates candidates = exhaustive ? index.allCandidates(query) : index.candidates(query);
        for (int c = 0; c < candidates.size(); c++) {
            int nameId = candidates.name(c);
            if (!scoring.worthScoring(candidates.found(c), queryWeight, threshold)) {
                continue;
            }
            int e = index.entityOf(nameId);
            if (!admits(q, index.source(e), index.type(e))) {
                continue;
            }
            EntityType type = q.type() != EntityType.UNKNOWN ? q.type() : index.type(e);
            NameMatch m = scoring.score(q, query, nameId, type);
            if (m.score() <= 0) {
                continue;
            }
            Best b = best.get(e);
            if (b == null || m.score() > b.match.score()) {
                best.put(e, new Best(nameId, m));
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<Integer, Best> entry : best.entrySet()) {
            Best b = entry.getValue();
            if (q.identifiers().isEmpty() && b.match.score() + MOST_ADDED < threshold) {
                continue; // what else the query says cannot lift it to the threshold: not worth decoding the entity
            }
            Entity entity = index.entity(entry.getKey());
            Corroboration.Outcome o = scoring.settle(q, entity, b);
            if (o.score() >= threshold) {
                hits.add(hit(entity, b, o, algorithm.stamp(), false));
            }
        }
        hits.sort((a, b) -> Double.compare(b.score(), a.score()));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    /** Names looked at for a partial match: every name holding a rare surname, and most holding a common one. */
    private static final int PARTIAL_CANDIDATES = 1000;

    /**
     * Entities of which the query names only a part, every word of it found (exactly or a typo away) in one of
     * their names, the rest of that name left over: "Rotenberg" finds "ROTENBERG, Arkady Romanovich" and the
     * other Rotenbergs. Scored by how well the query's words were found (a typo costs), at or above {@code floor},
     * best first, then the shorter names. Entities that {@link #screen} finds whole are not repeated here. Partial
     * hits say where to look, not that the party is listed: they never count as hits of a screening.
     */
    public List<Hit> partial(Query q, double floor, int limit) {
        PreparedName query = index.prepare(q.name());
        Map<Integer, Best> best = new HashMap<>();
        Map<Integer, Double> whole = new HashMap<>();
        for (int nameId : index.candidates(query, PARTIAL_CANDIDATES).names()) {
            int e = index.entityOf(nameId);
            if (!admits(q, index.source(e), index.type(e))) {
                continue;
            }
            EntityType type = q.type() != EntityType.UNKNOWN ? q.type() : index.type(e);
            whole.merge(e, scorer.score(query, index.name(nameId), type).score(), Math::max);
            NameMatch m = scorer.partial(query, index.name(nameId));
            Best b = best.get(e);
            if (m.score() >= floor && (b == null || m.score() > b.match.score())) {
                best.put(e, new Best(nameId, m));
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<Integer, Best> entry : best.entrySet()) {
            if (whole.get(entry.getKey()) >= Tuning.DEFAULT_THRESHOLD) {
                continue;
            }
            Entity entity = index.entity(entry.getKey());
            Best b = entry.getValue();
            Corroboration.Outcome o = Corroboration.apply(q, entity, b.match.score(), index.weak(b.nameId));
            hits.add(hit(entity, b, o, Algorithm.TRADESCREEN.stamp(), true));
        }
        hits.sort(Comparator.comparingDouble((Hit h) -> -h.score()).thenComparingInt(h -> h.matchedName().length())
                .thenComparing(Hit::entityId));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    /** Whether the query's lists and type let this entity in (an entity of no stated type passes a type). */
    private static boolean admits(Query q, String source, EntityType type) {
        return (q.sources().isEmpty() || q.sources().contains(source)) && admitsType(q.type(), type);
    }

    /** Whether a query of this type may match an entry of that one (a party of no stated type matches any). */
    public static boolean admitsType(EntityType query, EntityType listed) {
        return query == EntityType.UNKNOWN || listed == EntityType.UNKNOWN || listed == query;
    }

    private Hit hit(Entity entity, Best b, Corroboration.Outcome o, String algorithm, boolean partial) {
        return new Hit(entity.id(), entity.source(), entity.sourceId(), entity.primaryName(),
                index.name(b.nameId).name().original(), round(o.score()), entity.listedOn(),
                entity.listing().list(), new Explanation(algorithm, round(b.match.score()), b.match, o.features()),
                partial, entity);
    }

    /*
     * Pruning: of a query's weight W, retrieval found A in a candidate name. The rest, W - A, is at best
     * extra detail costing EXTRA_PENALTY_PERSON (the cheapest kind of leftover) per unit, so the name
     * score can be at most A / (A + 0.2 (W - A)), and corroboration adds at most a few hundredths.
     * Names that cannot reach the threshold by that bound are not scored. The margin keeps the bound
     * safe against the small differences between retrieval's and the scorer's weights.
     */
    private static final double BOUND_MARGIN = 0.85;

    /** The most corroboration adds to a name score (a matching birth date and country); only an identifier adds more. */
    private static final double MOST_ADDED = Tuning.DOB_MATCH_BONUS + Tuning.COUNTRY_MATCH_BONUS;

    /**
     * Whether a name in which retrieval found {@code found} of a query's weight {@code queryWeight} could score
     * {@code threshold}; names that cannot are not scored. Monitoring asks it with a bound of what retrieval could
     * find, to skip counterparties that cannot match a changed entry.
     */
    public static boolean mayReach(double found, double queryWeight, double threshold) {
        return threshold <= 0 || upperBound(found, queryWeight) >= threshold * BOUND_MARGIN;
    }

    private static double upperBound(double found, double total) {
        if (found <= 0) {
            return 0;
        }
        double missing = Math.max(0, total - found);
        return found / (found + Tuning.EXTRA_PENALTY_PERSON * missing) + MOST_ADDED;
    }

    /** What an algorithm does its own way within a screening; everything else is shared. */
    private interface Scoring {

        /** Whether a candidate whose query words found in it weigh {@code found} is worth scoring at all. */
        boolean worthScoring(double found, double queryWeight, double threshold);

        NameMatch score(Query q, PreparedName query, int nameId, EntityType type);

        /** The hit's score once what the query says besides the name is weighed. */
        Corroboration.Outcome settle(Query q, Entity entity, Best best);
    }

    private Scoring scoring(Algorithm algorithm) {
        return switch (algorithm) {
            case TRADESCREEN -> ours;
            case OFAC -> ofacTool;
        };
    }

    /** Ours: candidates that cannot reach the threshold are left out; names scored word by word; then corroborated. */
    private final Scoring ours = new Scoring() {
        @Override
        public boolean worthScoring(double found, double queryWeight, double threshold) {
            return mayReach(found, queryWeight, threshold);
        }

        @Override
        public NameMatch score(Query q, PreparedName query, int nameId, EntityType type) {
            return scorer.score(query, index.name(nameId), type);
        }

        @Override
        public Corroboration.Outcome settle(Query q, Entity entity, Best best) {
            return Corroboration.apply(q, entity, best.match.score(), index.weak(best.nameId));
        }
    };

    /**
     * OFAC's tool: every candidate scored, on whole names and name parts (its technique stands in for token
     * alignments), and the name alone decides: that tool weighs no birth date or country.
     */
    private final Scoring ofacTool = new Scoring() {
        @Override
        public boolean worthScoring(double found, double queryWeight, double threshold) {
            return true;
        }

        @Override
        public NameMatch score(Query q, PreparedName query, int nameId, EntityType type) {
            String listName = index.name(nameId).name().original();
            OfacScoreDetail d = ofac.explain(q.name(), listName);
            return new NameMatch(d.score() / 100.0, List.of(new TokenAlignment(q.name(), listName, d.score() / 100.0,
                    MatchKind.OFAC)), List.of(), List.of());
        }

        @Override
        public Corroboration.Outcome settle(Query q, Entity entity, Best best) {
            return new Corroboration.Outcome(best.match.score(), List.of());
        }
    };

    /** Names of entities holding one of the query's identifiers, whatever their names. */
    private int[] byIdentifier(Query q) {
        int[] out = new int[0];
        for (org.tradescreen.model.Identifier id : q.identifiers()) {
            int[] found = index.byIdentifier(id.canonicalValue());
            int n = out.length;
            out = java.util.Arrays.copyOf(out, n + found.length);
            System.arraycopy(found, 0, out, n, found.length);
        }
        return out;
    }

    private static double round(double score) {
        return Math.round(score * 10000) / 10000.0;
    }

    private record Best(int nameId, NameMatch match) {
    }
}
