package org.tradescreen.match.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.match.normalize.NormalizedName;
import org.tradescreen.match.normalize.TokenKind;
import org.tradescreen.match.score.PreparedName;
import org.tradescreen.match.score.TokenSimilarity;
import org.tradescreen.match.score.TokenWeights;
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
     * the same sound, each verified with TokenSimilarity. Every name on their postings gets
     * weight(token) * similarity added to a per-name accumulator (one float[] per thread, reset through
     * a touched list, so a query allocates little). The best MAX_CANDIDATES names go to the scorer.
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
    private final Map<Integer, int[]> trigramTokens;
    private final Map<String, int[]> soundTokens;
    private final Map<String, int[]> deletionTokens;
    private final Map<String, int[]> acronymNames;
    private final Map<String, int[]> identifierNames;
    private final RarityWeights weights;
    private final NameAnalyzer analyzer;
    private final ThreadLocal<Scratch> scratch;

    private ScreeningIndex(Builder b) {
        this.entities = b.entities.toArray(Entity[]::new);
        this.names = b.prepared;
        this.nameEntity = b.nameEntity.stream().mapToInt(Integer::intValue).toArray();
        this.nameWeak = b.weak;
        this.vocabulary = b.vocabulary;
        this.tokens = b.tokenList.toArray(String[]::new);
        this.postings = b.postings;
        this.trigramTokens = b.trigramTokens;
        this.soundTokens = b.soundTokens;
        this.deletionTokens = b.deletionTokens;
        this.acronymNames = b.acronymNames;
        this.identifierNames = b.identifierNames;
        this.weights = b.weights;
        this.analyzer = b.analyzer;
        int n = names.length;
        int v = tokens.length;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(n, v));
    }

    public static ScreeningIndex build(List<Entity> entities, NameAnalyzer analyzer) {
        return new Builder(entities, analyzer).build();
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

    /** The query name prepared with this index's token weights. */
    public PreparedName prepare(String name) {
        boolean latin = "LATIN".equals(Name.scriptOf(name));
        return new PreparedName(analyzer.analyze(name), weights, latin ? null : analyzer.analyzeInScript(name));
    }

    /**
     * The weight of the query's own tokens found in a candidate name during retrieval, for the scorer's
     * cheap upper bound: valid for the name ids of the last {@link #candidates} call on this thread.
     */
    public double retrievedWeight(int nameId) {
        return scratch.get().acc[nameId];
    }

    /** The first name of each entity holding this identifier (an exact identifier match is decisive). */
    public int[] byIdentifier(String canonicalValue) {
        return identifierNames.getOrDefault(canonicalValue, NONE);
    }

    /** Up to {@link #MAX_CANDIDATES} name ids most likely to match, best first. */
    public int[] candidates(PreparedName query) {
        return candidates(query, MAX_CANDIDATES);
    }

    /** Up to {@code max} name ids most likely to match, best first. */
    public int[] candidates(PreparedName query, int max) {
        Scratch s = scratch.get();
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
            if (wholeWords && q.token(i).length() == 1) {
                continue;
            }
            String token = q.token(i);
            float w = (float) weights.weight(token, q.kind(i));
            s.stamp++;
            Integer exact = vocabulary.get(token);
            if (exact != null) {
                s.add(postings[exact], w);
            }
            if (token.length() >= 3 && q.kind(i) == TokenKind.NAME) {
                for (int t : oneEditTokens(token)) {
                    addFuzzy(s, token, t, exact, w);
                }
                for (int t : fuzzyTokens(token, s)) {
                    addFuzzy(s, token, t, exact, w);
                }
                for (int t : soundTokens.getOrDefault(sound(token), NONE)) {
                    if (exact == null || t != exact) {
                        s.add(postings[t], w * 0.8f);
                    }
                }
            }
        }
        if (q.size() == 1) {
            int[] acronyms = acronymNames.get(q.token(0));
            if (acronyms != null) {
                s.stamp++;
                s.add(acronyms, 0.8f);
            }
        }
        return s.top(max);
    }

    private static final int[] NONE = new int[0];

    private void addFuzzy(Scratch s, String token, int t, Integer exact, float w) {
        if (exact != null && t == exact) {
            return;
        }
        double sim = TokenSimilarity.compare(token, null, tokens[t], null).similarity();
        if (sim > 0) {
            s.add(postings[t], (float) (w * sim));
        }
    }

    /**
     * Vocabulary tokens one edit away, through the deletion neighbourhood (as SymSpell does): a typo
     * that drops, adds, changes or swaps one letter leaves the two tokens sharing a one-letter deletion
     * ("fuqran" and "furqan" both give "furan"), which trigrams miss in short tokens.
     */
    private int[] oneEditTokens(String token) {
        int[] direct = deletionTokens.getOrDefault(token, NONE);
        int[] out = Arrays.copyOf(direct, direct.length + 16);
        int n = direct.length;
        for (int i = 0; i < token.length(); i++) {
            String deleted = deletion(token, i);
            Integer t = vocabulary.get(deleted);
            int[] shared = deletionTokens.getOrDefault(deleted, NONE);
            if (n + shared.length + 1 > out.length) {
                out = Arrays.copyOf(out, 2 * (n + shared.length + 1));
            }
            if (t != null) {
                out[n++] = t;
            }
            System.arraycopy(shared, 0, out, n, shared.length);
            n += shared.length;
        }
        return Arrays.copyOf(out, n);
    }

    static String deletion(String token, int i) {
        return token.substring(0, i) + token.substring(i + 1);
    }

    /** Vocabulary tokens sharing at least half the query token's trigrams. */
    private int[] fuzzyTokens(String token, Scratch s) {
        int[] grams = trigrams(token);
        int need = Math.max(2, (grams.length + 1) / 2);
        int found = 0;
        int[] result = s.fuzzyResult;
        for (int g : grams) {
            int[] ts = trigramTokens.get(g);
            if (ts == null) {
                continue;
            }
            for (int t : ts) {
                if (s.tokenHits[t] == 0) {
                    s.touchedTokens[s.touchedTokenCount++] = t;
                }
                if (++s.tokenHits[t] == need && found < result.length) {
                    result[found++] = t;
                }
            }
        }
        for (int i = 0; i < s.touchedTokenCount; i++) {
            s.tokenHits[s.touchedTokens[i]] = 0;
        }
        s.touchedTokenCount = 0;
        return Arrays.copyOf(result, found);
    }

    static int[] trigrams(String token) {
        String t = "$" + token + "$";
        int[] out = new int[Math.max(0, t.length() - 2)];
        for (int i = 0; i + 3 <= t.length(); i++) {
            // packed letters times an odd constant: still one key per trigram, but spread over the table
            out[i] = ((t.charAt(i) << 16) | (t.charAt(i + 1) << 8) | t.charAt(i + 2)) * 0x9E3779B9;
        }
        return out;
    }

    private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(() -> {
        DoubleMetaphone dm = new DoubleMetaphone();
        dm.setMaxCodeLen(8);
        return dm;
    });

    static String sound(String token) {
        return METAPHONE.get().doubleMetaphone(token);
    }

    /** Per-thread working memory for one query: accumulators over all names and a touched list. */
    private static final class Scratch {
        final float[] acc;
        final int[] lastStamp;
        final int[] touched;
        int touchedCount;
        int stamp;
        final int[] tokenHits;
        final int[] touchedTokens;
        int touchedTokenCount;
        final int[] fuzzyResult = new int[256];

        Scratch(int n, int vocabularySize) {
            acc = new float[n];
            lastStamp = new int[n];
            touched = new int[n];
            tokenHits = new int[vocabularySize];
            touchedTokens = new int[vocabularySize];
        }

        void reset() {
            for (int i = 0; i < touchedCount; i++) {
                acc[touched[i]] = 0;
                lastStamp[touched[i]] = 0;
            }
            touchedCount = 0;
            stamp = 0;
        }

        /** Adds w to each name of the posting list, once per query token (the stamp). */
        void add(int[] names, float w) {
            for (int n : names) {
                if (lastStamp[n] == stamp) {
                    continue;
                }
                if (lastStamp[n] == 0) {
                    touched[touchedCount++] = n;
                }
                lastStamp[n] = stamp;
                acc[n] += w;
            }
        }

        /** The k names with the most accumulated weight, best first (a bounded min-heap). */
        int[] top(int k) {
            int[] heap = new int[Math.min(k, touchedCount)];
            int size = 0;
            for (int i = 0; i < touchedCount; i++) {
                int id = touched[i];
                if (size < heap.length) {
                    heap[size] = id;
                    siftUp(heap, size++);
                } else if (acc[id] > acc[heap[0]]) {
                    heap[0] = id;
                    siftDown(heap, size);
                }
            }
            Integer[] sorted = new Integer[size];
            for (int i = 0; i < size; i++) {
                sorted[i] = heap[i];
            }
            Arrays.sort(sorted, (a, b) -> Float.compare(acc[b], acc[a]));
            int[] out = new int[size];
            for (int i = 0; i < size; i++) {
                out[i] = sorted[i];
            }
            return out;
        }

        private void siftUp(int[] h, int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (acc[h[i]] >= acc[h[parent]]) {
                    return;
                }
                int t = h[i];
                h[i] = h[parent];
                h[parent] = t;
                i = parent;
            }
        }

        private void siftDown(int[] h, int size) {
            int i = 0;
            while (true) {
                int l = 2 * i + 1;
                int r = l + 1;
                int min = i;
                if (l < size && acc[h[l]] < acc[h[min]]) {
                    min = l;
                }
                if (r < size && acc[h[r]] < acc[h[min]]) {
                    min = r;
                }
                if (min == i) {
                    return;
                }
                int t = h[i];
                h[i] = h[min];
                h[min] = t;
                i = min;
            }
        }
    }

    /** Collects names and tokens, then compiles the arrays. */
    private static final class Builder {
        final List<Entity> entities;
        final NameAnalyzer analyzer;
        final List<Integer> nameEntity = new ArrayList<>();
        final Map<String, Integer> vocabulary = new HashMap<>();
        final List<String> tokenList = new ArrayList<>();
        PreparedName[] prepared;
        boolean[] weak;
        int[][] postings;
        Map<Integer, int[]> trigramTokens;
        Map<String, int[]> soundTokens;
        Map<String, int[]> deletionTokens;
        Map<String, int[]> acronymNames;
        Map<String, int[]> identifierNames;
        RarityWeights weights;

        Builder(List<Entity> entities, NameAnalyzer analyzer) {
            this.entities = entities;
            this.analyzer = analyzer;
        }

        ScreeningIndex build() {
            // Analysing names is most of the work and each name is independent: do it on all cores.
            List<List<NormalizedName[]>> perEntity = entities.parallelStream().map(e -> {
                List<NormalizedName[]> forms = new ArrayList<>();
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (Name name : e.names()) {
                    NormalizedName nn = analyzer.analyze(name.value());
                    if (!nn.isEmpty() && seen.add(nn.text())) {
                        forms.add(new NormalizedName[] {nn,
                                "LATIN".equals(name.script()) ? null : analyzer.analyzeInScript(name.value())});
                    }
                }
                return forms;
            }).toList();
            List<NormalizedName> normalized = new ArrayList<>();
            List<NormalizedName> inScript = new ArrayList<>();
            List<Boolean> weakList = new ArrayList<>();
            for (int e = 0; e < entities.size(); e++) {
                List<Name> names = entities.get(e).names();
                for (NormalizedName[] forms : perEntity.get(e)) {
                    normalized.add(forms[0]);
                    inScript.add(forms[1]);
                    weakList.add(isWeak(names, forms[0]));
                    nameEntity.add(e);
                }
            }
            int n = normalized.size();
            List<List<Integer>> post = new ArrayList<>();
            for (int id = 0; id < n; id++) {
                NormalizedName nn = normalized.get(id);
                for (int i = 0; i < nn.size(); i++) {
                    int t = vocabulary.computeIfAbsent(nn.token(i), k -> {
                        tokenList.add(k);
                        post.add(new ArrayList<>());
                        return tokenList.size() - 1;
                    });
                    List<Integer> p = post.get(t);
                    if (p.isEmpty() || p.get(p.size() - 1) != id) {
                        p.add(id);
                    }
                }
            }
            postings = new int[post.size()][];
            int[] df = new int[post.size()];
            for (int t = 0; t < post.size(); t++) {
                postings[t] = post.get(t).stream().mapToInt(Integer::intValue).toArray();
                df[t] = postings[t].length;
            }
            weights = new RarityWeights(vocabulary, df, n);
            prepared = new PreparedName[n];
            weak = new boolean[n];
            java.util.stream.IntStream.range(0, n).parallel().forEach(id ->
                    prepared[id] = new PreparedName(normalized.get(id), weights, inScript.get(id)));
            for (int id = 0; id < n; id++) {
                weak[id] = weakList.get(id);
            }
            Map<Integer, List<Integer>> grams = new HashMap<>();
            Map<String, List<Integer>> sounds = new HashMap<>();
            Map<String, List<Integer>> deletions = new HashMap<>();
            for (int t = 0; t < tokenList.size(); t++) {
                String tok = tokenList.get(t);
                if (tok.length() < 3 || Character.isDigit(tok.charAt(0))) {
                    continue;
                }
                for (int g : trigrams(tok)) {
                    List<Integer> l = grams.computeIfAbsent(g, k -> new ArrayList<>());
                    if (l.isEmpty() || l.get(l.size() - 1) != t) {
                        l.add(t);
                    }
                }
                sounds.computeIfAbsent(sound(tok), k -> new ArrayList<>()).add(t);
                for (int i = 0; i < tok.length(); i++) {
                    List<Integer> l = deletions.computeIfAbsent(deletion(tok, i), k -> new ArrayList<>());
                    if (l.isEmpty() || l.get(l.size() - 1) != t) {
                        l.add(t);
                    }
                }
            }
            trigramTokens = compile(grams);
            soundTokens = compile(sounds);
            deletionTokens = compile(deletions);
            Map<String, List<Integer>> acronyms = new HashMap<>();
            for (int id = 0; id < n; id++) {
                String initials = initials(normalized.get(id));
                if (initials.length() >= 2 && initials.length() <= 8) {
                    acronyms.computeIfAbsent(initials, k -> new ArrayList<>()).add(id);
                }
            }
            acronymNames = compile(acronyms);
            Map<String, List<Integer>> ids = new HashMap<>();
            for (int id = 0; id < n; id++) {
                int e = nameEntity.get(id);
                if (id > 0 && nameEntity.get(id - 1) == e) {
                    continue;
                }
                for (org.tradescreen.model.Identifier identifier : entities.get(e).identifiers()) {
                    String v = identifier.canonicalValue();
                    if (v.length() >= MIN_IDENTIFIER_LENGTH) {
                        List<Integer> l = ids.computeIfAbsent(v, k -> new ArrayList<>());
                        if (l.isEmpty() || l.get(l.size() - 1) != id) {
                            l.add(id);
                        }
                    }
                }
            }
            identifierNames = compile(ids);
            return new ScreeningIndex(this);
        }

        /** Whether the list gives this name only as a weak alias. */
        private static boolean isWeak(List<Name> names, NormalizedName nn) {
            for (Name n : names) {
                if (n.value().equals(nn.original())) {
                    return n.weak();
                }
            }
            return false;
        }

        private static String initials(NormalizedName nn) {
            StringBuilder sb = new StringBuilder();
            int names = 0;
            for (int i = 0; i < nn.size(); i++) {
                if (nn.kind(i) == TokenKind.NAME) {
                    sb.append(nn.token(i).charAt(0));
                    names++;
                }
            }
            return names >= 2 ? sb.toString() : "";
        }

        private static <K> Map<K, int[]> compile(Map<K, List<Integer>> lists) {
            Map<K, int[]> out = new HashMap<>(lists.size() * 2);
            lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
            return out;
        }
    }
}
