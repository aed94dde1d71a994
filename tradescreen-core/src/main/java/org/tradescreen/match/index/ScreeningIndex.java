package org.tradescreen.match.index;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.match.normalize.NormalizedName;
import org.tradescreen.match.normalize.TokenKind;
import org.tradescreen.match.score.PreparedName;
import org.tradescreen.match.score.TokenSimilarity;
import org.tradescreen.model.Entity;
import org.tradescreen.model.Name;

/**
 * The compiled, immutable candidate index over every name of a set of entities. It only finds
 * candidates; {@link org.tradescreen.match.score.NameScorer} decides. Built once per list state and
 * swapped whole when lists change, so readers never see half a list.
 *
 * <p>Layout: names are numbered; each distinct token has an id, a rarity weight and a posting list of
 * the names holding it ({@code int[]}, ascending). Misspelt query tokens reach the vocabulary through
 * one-letter deletions (any single typo), letter trigrams (larger damage) and Double Metaphone codes
 * (spelling by sound), so retrieval never scans all names.
 */
public final class ScreeningIndex {

    /*
     * Retrieval, per query token: the exact token, then vocabulary tokens sharing enough trigrams or
     * the same sound (Misspellings), each verified with TokenSimilarity. Every name on their postings gets
     * weight(token) * similarity added to a per-name Accumulator (one per thread, reset through a touched
     * list, so a query allocates little). The best MAX_CANDIDATES names go to the scorer, as Candidates.
     */

    static final int MAX_CANDIDATES = 32;

    /** Identifier values shorter than this (after canonicalisation) match too much to be evidence. */
    public static final int MIN_IDENTIFIER_LENGTH = 4;

    private final Entity[] entities;
    private final PreparedName[] names;
    private final int[] nameEntity;
    private final boolean[] nameWeak;
    private final Map<String, Integer> vocabulary;
    private final String[] tokens;
    private final int[][] postings;
    private final Misspellings misspellings;
    private final Map<String, int[]> acronymNames;
    private final Map<String, int[]> identifierNames;
    private final RarityWeights weights;
    private final NameAnalyzer analyzer;
    private final ThreadLocal<Accumulator> accumulators;

    ScreeningIndex(IndexBuilder b) {
        this.entities = b.entities.toArray(Entity[]::new);
        this.names = b.prepared;
        this.nameEntity = b.analysed.nameEntity();
        this.nameWeak = b.analysed.weak();
        this.vocabulary = b.vocabulary;
        this.tokens = b.tokenList.toArray(String[]::new);
        this.postings = b.postings;
        this.misspellings = b.misspellings;
        this.acronymNames = b.acronymNames;
        this.identifierNames = b.identifierNames;
        this.weights = b.weights;
        this.analyzer = b.analyzer;
        int n = names.length;
        this.accumulators = ThreadLocal.withInitial(() -> new Accumulator(n));
    }

    public static ScreeningIndex build(List<Entity> entities, NameAnalyzer analyzer) {
        return new IndexBuilder(entities, analyzer, null).build();
    }

    /**
     * An index of some entities weighed by the word frequencies of a larger set of names (the lists in force), so
     * that a name scores against it as it would against an index of that whole set.
     */
    public static ScreeningIndex build(List<Entity> entities, NameAnalyzer analyzer, NameFrequencies weighBy) {
        return new IndexBuilder(entities, analyzer, weighBy.weights()).build();
    }

    /** The names as the analyser read them, and the entities they belong to: what {@link IndexFile} keeps. */
    IndexBuilder.Analysed analysed() {
        org.tradescreen.match.normalize.NormalizedName[] normalized = new org.tradescreen.match.normalize.NormalizedName[names.length];
        org.tradescreen.match.normalize.NormalizedName[] inScript = new org.tradescreen.match.normalize.NormalizedName[names.length];
        for (int id = 0; id < names.length; id++) {
            normalized[id] = names[id].name();
            inScript[id] = names[id].inScript();
        }
        return new IndexBuilder.Analysed(List.of(entities), nameEntity, normalized, inScript, nameWeak);
    }

    RarityWeights weights() {
        return weights;
    }

    NameAnalyzer analyzer() {
        return analyzer;
    }

    /** How many of this index's names hold each word: what its weights are made of. */
    public NameFrequencies frequencies() {
        Map<String, Integer> holding = new java.util.HashMap<>(vocabulary.size() * 2);
        vocabulary.forEach((word, t) -> holding.put(word, postings[t].length));
        return NameFrequencies.of(holding, names.length);
    }

    public int size() {
        return names.length;
    }

    public int entityCount() {
        return entities.length;
    }

    public Entity entity(int entityIndex) {
        return entities[entityIndex];
    }

    public PreparedName name(int nameId) {
        return names[nameId];
    }

    public int entityOf(int nameId) {
        return nameEntity[nameId];
    }

    public boolean weak(int nameId) {
        return nameWeak[nameId];
    }

    /** What a query token of this kind weighs against this index (its kind's weight, less when it is common). */
    public double weight(String token, TokenKind kind) {
        return weights.weight(token, kind);
    }

    /** Whether a one-word query gets this index's names of these initials (retrieval adds them for such a query). */
    public boolean isAcronym(String token) {
        return acronymNames.containsKey(token);
    }

    /** The query name prepared with this index's token weights. */
    public PreparedName prepare(String name) {
        return prepare(analyzer.analyze(name));
    }

    /** A query name this index's analyser has already read (a stored counterparty's), prepared with its weights. */
    public PreparedName prepare(NormalizedName analyzed) {
        boolean latin = analyzed.script() == Character.UnicodeScript.LATIN;
        return new PreparedName(analyzed, weights, latin ? null : analyzer.analyzeInScript(analyzed.original()));
    }

    /** The first name of each entity holding this identifier (an exact identifier match is decisive). */
    public int[] byIdentifier(String canonicalValue) {
        return identifierNames.getOrDefault(canonicalValue, NONE);
    }

    /** Up to {@link #MAX_CANDIDATES} name ids most likely to match, best first. */
    public Candidates candidates(PreparedName query) {
        return candidates(query, MAX_CANDIDATES);
    }

    /** Up to {@code max} name ids most likely to match, best first. */
    public Candidates candidates(PreparedName query, int max) {
        return collect(query, max, Misspellings.MAX_TRIGRAM_TOKENS);
    }

    /**
     * Every name retrieval reaches, with no cut anywhere: what a name finds then depends on that name and the query
     * alone, never on the other names indexed. Monitoring relies on it: a query run against an index of a few changed
     * entries finds, for those entries, exactly what it finds against the whole lists (see {@link #subset}).
     */
    public Candidates allCandidates(PreparedName query) {
        return collect(query, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /**
     * An index of some entities weighed as this one weighs its tokens (rarity over all of its names), so that a
     * name scores against it as it scores against this index.
     */
    public ScreeningIndex subset(List<Entity> entities) {
        return new IndexBuilder(entities, analyzer, weights).build();
    }

    private Candidates collect(PreparedName query, int max, int trigramLimit) {
        Accumulator s = accumulators.get();
        s.reset();
        NormalizedName q = query.name();
        boolean onlyWeakTokens = true;
        boolean wholeWords = false;
        for (int i = 0; i < q.size(); i++) {
            if (q.kind(i) == TokenKind.NAME || q.kind(i) == TokenKind.NUMBER) {
                onlyWeakTokens = false;
                wholeWords |= q.token(i).length() > 1;
            }
        }
        for (int i = 0; i < q.size(); i++) {
            if (!onlyWeakTokens && q.kind(i) != TokenKind.NAME && q.kind(i) != TokenKind.NUMBER) {
                continue;
            }
            // an initial ("A. A. Chaudhry") stands for a word the list spells out: it retrieves only the names
            // that hold it as a letter, which would crowd out the ones the other words find
            if (wholeWords && q.kind(i) == TokenKind.NAME && q.token(i).length() == 1
                    && Character.isLetter(q.token(i).charAt(0))) {
                continue;
            }
            String token = q.token(i);
            retrieve(s, token, q.kind(i), (float) weights.weight(token, q.kind(i)), trigramLimit);
        }
        if (q.size() == 1) {
            int[] acronyms = acronymNames.get(q.token(0));
            if (acronyms != null) {
                s.nextToken();
                s.add(acronyms, 0.8f);
            }
        }
        return s.top(max);
    }

    /**
     * What one query word finds in each name: its weight {@code w} where the name holds it; for a name word of three
     * letters or more, {@code w} times the similarity where the name holds a word one edit away or sharing half its
     * trigrams, and {@code w} times {@link #SOUND_SHARE} where one sounding the same. A name reached several ways
     * keeps the most (see {@link Accumulator#add}).
     */
    private void retrieve(Accumulator s, String token, TokenKind kind, float w, int trigramLimit) {
        s.nextToken();
        Integer exact = vocabulary.get(token);
        if (exact != null) {
            s.add(postings[exact], w);
        }
        if (token.length() >= 3 && kind == TokenKind.NAME) {
            Misspelt m = trigramLimit == Misspellings.MAX_TRIGRAM_TOKENS ? remembered(token, exact)
                    : misspelt(token, exact, trigramLimit);
            for (int i = 0; i < m.words().length; i++) {
                s.add(postings[m.words()[i]], (float) (w * m.shares()[i]));
            }
        }
    }

    /**
     * The words of this index a query word reaches as a misspelling (not itself), each with the share of the query
     * word's weight it adds: the similarity of a word one edit away or sharing half the trigrams, or
     * {@link #SOUND_SHARE} for one sounding the same, whichever is more.
     */
    private record Misspelt(int[] words, double[] shares) {
    }

    /**
     * {@link #misspelt} of ordinary retrieval, remembered: a batch repeats its words (given names, family names) and
     * working out a word's misspellings (deletions, trigrams, sounds, a similarity for each) is most of retrieval.
     */
    private Misspelt remembered(String token, @Nullable Integer exact) {
        Misspelt known = rememberedMisspellings.get(token);
        if (known == null) {
            known = misspelt(token, exact, Misspellings.MAX_TRIGRAM_TOKENS);
            if (rememberedMisspellings.size() < MAX_REMEMBERED) {
                rememberedMisspellings.put(token, known);
            }
        }
        return known;
    }

    private static final int MAX_REMEMBERED = 50_000;
    private final Map<String, Misspelt> rememberedMisspellings = new java.util.concurrent.ConcurrentHashMap<>();

    private Misspelt misspelt(String token, @Nullable Integer exact, int trigramLimit) {
        Map<Integer, Double> shares = new java.util.LinkedHashMap<>();
        for (int[] near : new int[][] {misspellings.oneEdit(token), misspellings.sharingTrigrams(token, trigramLimit)}) {
            for (int t : near) {
                if (exact == null || t != exact) {
                    double sim = TokenSimilarity.compare(token, null, tokens[t], null).similarity();
                    if (sim > 0) {
                        shares.merge(t, sim, Math::max);
                    }
                }
            }
        }
        for (int t : misspellings.soundingLike(token)) {
            if (exact == null || t != exact) {
                shares.merge(t, (double) SOUND_SHARE, Math::max);
            }
        }
        int[] words = new int[shares.size()];
        double[] share = new double[shares.size()];
        int i = 0;
        for (Map.Entry<Integer, Double> e : shares.entrySet()) {
            words[i] = e.getKey();
            share[i++] = e.getValue();
        }
        return new Misspelt(words, share);
    }

    /**
     * What one query word of this kind finds in each name it reaches, as a share of its weight, with no cut: the
     * names retrieval would bring for that word alone. A query's retrieval is the sum of these over its words (see
     * {@link #allCandidates}), so monitoring can work out from the stored words of a counterparty, without analysing
     * its name, which names of an index of changed entries the screener would score.
     */
    public Candidates wordReach(String token, TokenKind kind) {
        Accumulator s = accumulators.get();
        s.reset();
        retrieve(s, token, kind, 1f, Integer.MAX_VALUE);
        return s.top(Integer.MAX_VALUE);
    }

    /** What a word sounding like a query word adds, as a share of the query word's weight. */
    private static final float SOUND_SHARE = 0.8f;

    private static final int[] NONE = new int[0];
}
