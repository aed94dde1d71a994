package org.tradescreen.match.index;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.snapshot.EntityCodec;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.match.normalize.NormalizedName;
import org.tradescreen.match.normalize.TokenKind;
import org.tradescreen.match.score.PreparedName;
import org.tradescreen.match.score.TokenSimilarity;
import org.tradescreen.match.score.TokenWeights;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;

/**
 * The compiled, immutable candidate index over every name of a set of entities. It only finds
 * candidates; {@link org.tradescreen.match.score.NameScorer} decides. Built once per list state and
 * swapped whole when lists change, so readers never see half a list.
 *
 * <p>Layout: an index file ({@link Table}), mapped, so that opening one costs a checksum and no parsing, and its
 * tables live outside the Java heap. Names are numbered; each distinct word has a number, a rarity weight and a
 * posting list of the names holding it (ascending). Misspelt query words reach the vocabulary through one-letter
 * deletions (any single typo), letter trigrams (larger damage) and Double Metaphone codes (spelling by sound), so
 * retrieval never scans all names; the last two are bounded by the names they bring ({@link #MISSPELT_NAMES}). A
 * name is prepared for scoring, and an entity decoded from its JSON, when a query first needs it; the most recent are
 * kept, all of them for lists of ordinary size.
 */
public final class ScreeningIndex {

    /*
     * Retrieval, per query token: the exact token, then vocabulary tokens sharing enough trigrams or
     * the same sound (Misspellings), each verified with TokenSimilarity. Every name on their postings gets
     * weight(token) * similarity, summed by an Accumulator (lent to one query at a time) that gathers the postings and
     * sorts them by name. The best MAX_CANDIDATES names go to the scorer, as Candidates.
     */

    static final int MAX_CANDIDATES = 32;

    /** Identifier values shorter than this (after canonicalisation) match too much to be evidence. */
    public static final int MIN_IDENTIFIER_LENGTH = 4;

    /** The most prepared names and decoded entities kept: every one of the real lists, a few percent of millions. */
    private static final int KEPT_NAMES = 1 << 17;
    private static final int KEPT_ENTITIES = 1 << 16;

    private final IndexFileReader file;
    private final Terms terms;
    private final IntBuffer postingAt;
    private final IntBuffer postings;
    private final Misspellings misspellings;
    private final Lookup acronymNames;
    private final Lookup identifierNames;
    private final IntBuffer nameEntity;
    private final ByteBuffer nameWeak;
    private final ByteBuffer nameScript;
    private final IntBuffer nameTokenAt;
    private final IntBuffer nameTokens;
    private final ByteBuffer nameKinds;
    private final Texts nameText;
    private final Texts entityText;
    private final IntBuffer entitySource;
    private final ByteBuffer entityType;
    private final String[] sources;
    private final List<ListedIn> listedIn;
    private final TokenWeights weights;
    /** Whether {@link #weights} are this index's own rarities (not a larger set's), so readable by word number. */
    private final boolean ownRarity;
    private final NameAnalyzer analyzer;
    private final Kept<PreparedName> prepared;
    private final Kept<Entity> decoded;
    private final Scratch<Accumulator> accumulators;

    private ScreeningIndex(IndexFileReader file, NameAnalyzer analyzer, @Nullable TokenWeights weighBy) {
        this.file = file;
        int n = file.names();
        int e = file.entities();
        this.terms = new Terms(file);
        this.postingAt = file.ints(Table.POSTING_AT, terms.count() + 1);
        this.postings = file.ints(Table.POSTINGS);
        this.misspellings = new Misspellings(file, terms);
        this.acronymNames = new Lookup(file, Table.ACRONYM_KEYS, Table.ACRONYM_SPANS, Table.ACRONYM_NAMES);
        this.identifierNames = new Lookup(file, Table.IDENTIFIER_KEYS, Table.IDENTIFIER_SPANS, Table.IDENTIFIER_NAMES);
        this.nameEntity = file.ints(Table.NAME_ENTITY, n);
        this.nameWeak = file.bytes(Table.NAME_WEAK);
        this.nameScript = file.bytes(Table.NAME_SCRIPT);
        this.nameTokenAt = file.ints(Table.NAME_TOKEN_AT, n + 1);
        this.nameTokens = file.ints(Table.NAME_TOKENS);
        this.nameKinds = file.bytes(Table.NAME_KINDS);
        this.nameText = new Texts(file, Table.NAME_TEXT, Table.NAME_TEXT_AT);
        this.entityText = new Texts(file, Table.ENTITY_TEXT, Table.ENTITY_AT);
        this.entitySource = file.ints(Table.ENTITY_SOURCE, e);
        this.entityType = file.bytes(Table.ENTITY_TYPE);
        Texts sourceText = new Texts(file, Table.SOURCE_TEXT, Table.SOURCE_AT);
        this.sources = new String[sourceText.count()];
        for (int s = 0; s < sources.length; s++) {
            sources[s] = sourceText.get(s);
        }
        Texts listedText = new Texts(file, Table.LISTED_IN_TEXT, Table.LISTED_IN_AT);
        if (listedText.count() % 3 != 0) {
            throw new IndexDamagedException("index file lists its entities' lists in " + listedText.count()
                    + " texts, not three each");
        }
        List<ListedIn> lists = new ArrayList<>();
        for (int l = 0; l < listedText.count(); l += 3) {
            lists.add(new ListedIn(listedText.get(l), presentOrNull(listedText.get(l + 1)),
                    presentOrNull(listedText.get(l + 2))));
        }
        this.listedIn = List.copyOf(lists);
        if (nameText.count() != n || entityText.count() != e || nameWeak.limit() != n || nameScript.limit() != n
                || entityType.limit() != e || nameKinds.limit() != nameTokens.limit()) {
            throw new IndexDamagedException("index file tables disagree on how many names and entities it holds");
        }
        this.weights = weighBy != null ? weighBy : new RarityWeights(terms::rarity);
        this.ownRarity = weighBy == null;
        this.analyzer = analyzer;
        this.prepared = new Kept<>(Math.min(n, KEPT_NAMES), this::prepareName);
        this.decoded = new Kept<>(Math.min(e, KEPT_ENTITIES), i -> EntityCodec.fromJson(entityText.get(i)));
        this.accumulators = new Scratch<>(() -> new Accumulator(n));
    }

    private static @Nullable String presentOrNull(String text) {
        return text.isEmpty() ? null : text;
    }

    static ScreeningIndex open(IndexBytes bytes, NameAnalyzer analyzer, @Nullable String stamp,
                               @Nullable TokenWeights weighBy) {
        return new ScreeningIndex(new IndexFileReader(bytes, analyzer.toString(), stamp), analyzer, weighBy);
    }

    /**
     * The index in {@code file}, mapped, when it was built from {@code stamp} (null: whatever it was built from) with
     * this analyser and is whole.
     *
     * @throws IndexDamagedException when it is not (cut, damaged, of other lists or another analyser)
     */
    public static ScreeningIndex open(Path file, NameAnalyzer analyzer, @Nullable String stamp) throws IOException {
        return open(IndexBytes.map(file), analyzer, stamp, null);
    }

    /** An index read from a stream (as shipped to a batch job's machines), checked as a file is. */
    public static ScreeningIndex read(InputStream in, NameAnalyzer analyzer) throws IOException {
        return open(IndexBytes.of(in.readAllBytes()), analyzer, null, null);
    }

    /** The index file's bytes. */
    public void write(OutputStream out) throws IOException {
        file.bytes().writeTo(out);
    }

    /** The size of each table of the index file, in bytes, by name: where the index's memory goes. */
    public Map<String, Long> tableSizes() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Table t : Table.values()) {
            out.put(t.name(), file.size(t));
        }
        return out;
    }

    /** What the index was built from, as its builder stamped it. */
    public String stamp() {
        return file.stamp();
    }

    /** Builds the index of entities into {@code file}, gathering them from {@code batches} one batch at a time. */
    public static ScreeningIndex build(Path file, String stamp, NameAnalyzer analyzer, Batches batches)
            throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        try (IndexBuilder builder = new IndexBuilder(analyzer, dir)) {
            batches.feed(builder::add);
            return builder.finish(file, stamp, null);
        }
    }

    /** Where entities come from, a batch at a time, each with its JSON when it is at hand. */
    @FunctionalInterface
    public interface Batches {
        void feed(Sink sink) throws IOException;

        /** Takes the next batch of entities. */
        @FunctionalInterface
        interface Sink {
            void add(List<Entity> entities, @Nullable List<String> json);
        }
    }

    public static ScreeningIndex build(List<Entity> entities, NameAnalyzer analyzer) {
        return inMemory(entities, analyzer, null);
    }

    /**
     * An index of some entities weighed by the word frequencies of a larger set of names (the lists in force), so
     * that a name scores against it as it would against an index of that whole set.
     */
    public static ScreeningIndex build(List<Entity> entities, NameAnalyzer analyzer, NameFrequencies weighBy) {
        return inMemory(entities, analyzer, weighBy.weights());
    }

    private static ScreeningIndex inMemory(List<Entity> entities, NameAnalyzer analyzer, @Nullable TokenWeights weighBy) {
        return temporary("", analyzer, sink -> sink.add(entities, null), weighBy);
    }

    /**
     * An index kept by nobody (tests, subsets, a data directory that cannot take the file): built in a temporary file,
     * mapped, and the file removed (the mapping outlives it).
     */
    public static ScreeningIndex temporary(String stamp, NameAnalyzer analyzer, Batches batches) {
        return temporary(stamp, analyzer, batches, null);
    }

    private static ScreeningIndex temporary(String stamp, NameAnalyzer analyzer, Batches batches,
                                            @Nullable TokenWeights weighBy) {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        Path file = null;
        try (IndexBuilder builder = new IndexBuilder(analyzer, dir)) {
            file = Files.createTempFile(dir, "tradescreen-index", ".tsix");
            batches.feed(builder::add);
            return builder.finish(file, stamp, weighBy);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build an index in the temporary directory " + dir, e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file left behind costs disk space only
                }
            }
        }
    }

    /** How many of this index's names hold each word: what its weights are made of. */
    public NameFrequencies frequencies() {
        Map<String, Integer> holding = new HashMap<>(terms.count() * 2);
        for (int t = 0; t < terms.count(); t++) {
            holding.put(terms.text(t), holding(t));
        }
        return NameFrequencies.of(holding, size());
    }

    public int size() {
        return nameEntity.limit();
    }

    public int entityCount() {
        return entitySource.limit();
    }

    public Entity entity(int entityIndex) {
        return decoded.get(entityIndex);
    }

    /** The source of an entity, without decoding it. */
    public String source(int entityIndex) {
        return sources[entitySource.get(entityIndex)];
    }

    /**
     * Every list this index's entities are listed in, each once, in the order first met: what a search may name as
     * its lists, known without decoding millions of entities.
     */
    public List<ListedIn> listedIn() {
        return listedIn;
    }

    /** The type of an entity, without decoding it. */
    public EntityType type(int entityIndex) {
        return EntityType.values()[entityType.get(entityIndex)];
    }

    public PreparedName name(int nameId) {
        return prepared.get(nameId);
    }

    public int entityOf(int nameId) {
        return nameEntity.get(nameId);
    }

    public boolean weak(int nameId) {
        return nameWeak.get(nameId) != 0;
    }

    /** A list name as the analyser read it, from its stored words, prepared as it was when indexed. */
    private PreparedName prepareName(int id) {
        int from = nameTokenAt.get(id);
        int to = nameTokenAt.get(id + 1);
        String[] tokens = new String[to - from];
        int[] words = new int[to - from];
        TokenKind[] kinds = new TokenKind[to - from];
        TokenKind[] allKinds = TokenKind.values();
        for (int i = from; i < to; i++) {
            words[i - from] = nameTokens.get(i);
            tokens[i - from] = terms.text(words[i - from]);
            kinds[i - from] = allKinds[nameKinds.get(i)];
        }
        int script = nameScript.get(id);
        Character.UnicodeScript[] scripts = Character.UnicodeScript.values();
        NormalizedName normalized = new NormalizedName(nameText.get(id), tokens, kinds,
                script == 0 ? null : scripts[script - 1]);
        return prepare(normalized, ownRarity ? byNumber(tokens, words) : weights);
    }

    /**
     * This index's weights, for a list name's own words taken by their numbers rather than looked up by text (what
     * preparing a name reached by a query mostly did); any other word (a syllable of a Han name) by text.
     */
    private TokenWeights byNumber(String[] tokens, int[] words) {
        return (token, kind) -> {
            for (int i = 0; i < tokens.length; i++) {
                if (tokens[i].equals(token)) {
                    return TokenWeights.kindWeight(kind) * terms.rarity(words[i]);
                }
            }
            return weights.weight(token, kind);
        };
    }

    /** What a query token of this kind weighs against this index (its kind's weight, less when it is common). */
    public double weight(String token, TokenKind kind) {
        return weights.weight(token, kind);
    }

    /** Whether a one-word query gets this index's names of these initials (retrieval adds them for such a query). */
    public boolean isAcronym(String token) {
        return acronymNames.get(Hashes.of(token)).length > 0;
    }

    /** The query name prepared with this index's token weights. */
    public PreparedName prepare(String name) {
        return prepare(analyzer.analyze(name));
    }

    /** A query name this index's analyser has already read (a stored counterparty's), prepared with its weights. */
    public PreparedName prepare(NormalizedName analyzed) {
        return prepare(analyzed, weights);
    }

    private PreparedName prepare(NormalizedName analyzed, TokenWeights weighed) {
        boolean latin = analyzed.script() == Character.UnicodeScript.LATIN;
        return new PreparedName(analyzed, weighed, latin ? null : analyzer.analyzeInScript(analyzed.original()));
    }

    /**
     * The first name of each entity holding this identifier (an exact identifier match is decisive). Looked up by a
     * hash: the screener checks the entity's own identifiers before it counts one as matching.
     */
    public int[] byIdentifier(String canonicalValue) {
        return identifierNames.get(Hashes.of(canonicalValue));
    }

    /** Up to {@link #MAX_CANDIDATES} name ids most likely to match, best first. */
    public Candidates candidates(PreparedName query) {
        return candidates(query, MAX_CANDIDATES);
    }

    /** Up to {@code max} name ids most likely to match, best first. */
    public Candidates candidates(PreparedName query, int max) {
        return collect(query, max, true);
    }

    /**
     * Every name retrieval reaches, with no cut anywhere: what a name finds then depends on that name and the query
     * alone, never on the other names indexed. Monitoring relies on it: a query run against an index of a few changed
     * entries finds, for those entries, exactly what it finds against the whole lists (see {@link #subset}).
     */
    public Candidates allCandidates(PreparedName query) {
        return collect(query, Integer.MAX_VALUE, false);
    }

    /**
     * An index of some entities weighed as this one weighs its tokens (rarity over all of its names), so that a
     * name scores against it as it scores against this index.
     */
    public ScreeningIndex subset(List<Entity> entities) {
        return inMemory(entities, analyzer, weights);
    }

    /**
     * The best {@code max} names. {@code bounded}: a query word's spellings beyond one typo within their bounds (at
     * most {@link Misspellings#MAX_TRIGRAM_TOKENS} words by trigrams, {@link #MISSPELT_NAMES} names of each kind);
     * otherwise every one.
     */
    private Candidates collect(PreparedName query, int max, boolean bounded) {
        return accumulators.with(s -> collect(s, query, max, bounded));
    }

    private Candidates collect(Accumulator s, PreparedName query, int max, boolean bounded) {
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
        IntArrayList legalForms = new IntArrayList();
        for (int i = 0; i < q.size(); i++) {
            if (!onlyWeakTokens && q.kind(i) != TokenKind.NAME && q.kind(i) != TokenKind.NUMBER) {
                int word = terms.id(q.token(i));
                if (word >= 0 && q.kind(i) == TokenKind.LEGAL_FORM && !legalForms.contains(word)) {
                    legalForms.add(word);
                }
                continue;
            }
            // an initial ("A. A. Chaudhry") stands for a word the list spells out: it retrieves only the names
            // that hold it as a letter, which would crowd out the ones the other words find
            if (wholeWords && q.kind(i) == TokenKind.NAME && q.token(i).length() == 1
                    && Character.isLetter(q.token(i).charAt(0))) {
                continue;
            }
            String token = q.token(i);
            retrieve(s, token, q.kind(i), (float) weights.weight(token, q.kind(i)), bounded);
        }
        if (q.size() == 1) {
            int[] acronyms = acronymNames.get(Hashes.of(q.token(0)));
            if (acronyms.length > 0) {
                s.nextToken();
                s.add(IntBuffer.wrap(acronyms), 0, acronyms.length, 0.8f);
            }
        }
        // the query's legal forms, which retrieval leaves out, settle a cut among names of equal weight
        return s.top(max, legalForms.isEmpty() ? null : name -> held(name, legalForms), legalForms.size());
    }

    /** How many of these words the name holds. */
    private int held(int name, IntArrayList words) {
        int from = nameTokenAt.get(name);
        int to = nameTokenAt.get(name + 1);
        int count = 0;
        for (int w = 0; w < words.size(); w++) {
            for (int i = from; i < to; i++) {
                if (nameTokens.get(i) == words.getInt(w)) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /**
     * What one query word finds in each name: its weight {@code w} where the name holds it; for a name word of three
     * letters or more, {@code w} times the similarity where the name holds a word one edit away or sharing half its
     * trigrams, and {@code w} times {@link #SOUND_SHARE} where one sounding the same. A name reached several ways
     * keeps the most (see {@link Accumulator#add}).
     */
    private void retrieve(Accumulator s, String token, TokenKind kind, float w, boolean bounded) {
        s.nextToken();
        int exact = terms.id(token);
        if (exact >= 0) {
            addPostings(s, exact, w);
        }
        if (token.length() >= 3 && kind == TokenKind.NAME) {
            Misspelt m = bounded ? remembered(token, exact) : misspelt(token, exact, false);
            for (int i = 0; i < m.words().length; i++) {
                addPostings(s, m.words()[i], (float) (w * m.shares()[i]));
            }
        }
    }

    private void addPostings(Accumulator s, int word, float w) {
        s.add(postings, postingAt.get(word), postingAt.get(word + 1), w);
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
    private Misspelt remembered(String token, int exact) {
        Misspelt known = rememberedMisspellings.get(token);
        if (known == null) {
            known = misspelt(token, exact, true);
            if (rememberedMisspellings.size() < MAX_REMEMBERED) {
                rememberedMisspellings.put(token, known);
            }
        }
        return known;
    }

    private static final int MAX_REMEMBERED = 50_000;
    private final Map<String, Misspelt> rememberedMisspellings = new java.util.concurrent.ConcurrentHashMap<>();

    private Misspelt misspelt(String token, int exact, boolean bounded) {
        Map<Integer, Double> oneEdit = similar(token, exact, misspellings.oneEdit(token), Map.of());
        Map<Integer, Double> trigrams = similar(token, exact,
                misspellings.sharingTrigrams(token, bounded ? Misspellings.MAX_TRIGRAM_TOKENS : Integer.MAX_VALUE),
                oneEdit);
        Map<Integer, Double> sounding = new LinkedHashMap<>();
        for (int t : misspellings.soundingLike(token)) {
            if (t != exact) {
                Map<Integer, Double> kind = oneEdit.containsKey(t) ? oneEdit
                        : trigrams.containsKey(t) ? trigrams : sounding;
                kind.merge(t, (double) SOUND_SHARE, Math::max);
            }
        }
        if (bounded) {
            keepBest(trigrams);
            keepBest(sounding);
        }
        int[] words = new int[oneEdit.size() + trigrams.size() + sounding.size()];
        double[] share = new double[words.length];
        int i = 0;
        for (Map<Integer, Double> kind : List.of(oneEdit, trigrams, sounding)) {
            for (Map.Entry<Integer, Double> e : kind.entrySet()) {
                words[i] = e.getKey();
                share[i++] = e.getValue();
            }
        }
        return new Misspelt(words, share);
    }

    /** Of these words (not the query word itself nor one already found), those similar to it, by similarity. */
    private Map<Integer, Double> similar(String token, int exact, int[] near, Map<Integer, Double> found) {
        Map<Integer, Double> out = new LinkedHashMap<>();
        for (int t : near) {
            if (t != exact && !found.containsKey(t)) {
                double sim = TokenSimilarity.compare(token, null, terms.text(t), null).similarity();
                if (sim > 0) {
                    out.merge(t, sim, Math::max);
                }
            }
        }
        return out;
    }

    /**
     * The most names that a query word's spellings of one kind beyond a single typo (sharing trigrams; only sounding
     * alike) bring to ordinary retrieval. At the size of OpenSanctions' data those spellings include common names
     * ("mohamed" sounds like a dozen spellings held by thousands of names each), nearly half of the postings a query
     * gathered, while the name meant is nearly always one typo away or among the narrower spellings. Lists of ordinary
     * size do not reach it. A word one edit away is always taken.
     */
    static final int MISSPELT_NAMES = 1024;

    /**
     * Leaves out the spellings beyond {@link #MISSPELT_NAMES} names, taking them best first: the most similar, and
     * among equals the narrowest (the more specific). Those kept stay in the order found, so when all fit nothing
     * changes.
     */
    private void keepBest(Map<Integer, Double> shares) {
        long holding = 0;
        for (int word : shares.keySet()) {
            holding += holding(word);
        }
        if (holding <= MISSPELT_NAMES) {
            return; // all fit (nearly always, at the size of the real lists): nothing to choose
        }
        List<Integer> best = new ArrayList<>(shares.keySet());
        best.sort(Comparator.comparingDouble((Integer t) -> -shares.get(t)).thenComparingInt(this::holding));
        long left = MISSPELT_NAMES;
        for (int word : best) {
            if (holding(word) <= left) {
                left -= holding(word);
            } else {
                shares.remove(word);
            }
        }
    }

    /** How many names hold the word. */
    private int holding(int word) {
        return postingAt.get(word + 1) - postingAt.get(word);
    }

    /**
     * What one query word of this kind finds in each name it reaches, as a share of its weight, with no cut: the
     * names retrieval would bring for that word alone. A query's retrieval is the sum of these over its words (see
     * {@link #allCandidates}), so monitoring can work out from the stored words of a counterparty, without analysing
     * its name, which names of an index of changed entries the screener would score.
     */
    public Candidates wordReach(String token, TokenKind kind) {
        return accumulators.with(s -> {
            s.reset();
            retrieve(s, token, kind, 1f, false);
            return s.top(Integer.MAX_VALUE);
        });
    }

    /** What a word sounding like a query word adds, as a share of the query word's weight. */
    private static final float SOUND_SHARE = 0.8f;

    /**
     * The values most recently asked for, by number, in a slot each (direct-mapped): with as many slots as numbers,
     * every value is made once; with fewer, a value made again costs only time. Thread-safe without locks.
     */
    private static final class Kept<T> {
        private record Slot<T>(int key, T value) {
        }

        private final AtomicReferenceArray<Slot<T>> slots;
        private final int mask;
        private final IntFunction<T> make;

        Kept(int wanted, IntFunction<T> make) {
            int size = Integer.highestOneBit(Math.max(1, wanted - 1)) << 1;
            this.slots = new AtomicReferenceArray<>(size);
            this.mask = size - 1;
            this.make = make;
        }

        T get(int key) {
            Slot<T> s = slots.get(key & mask);
            if (s != null && s.key() == key) {
                return s.value();
            }
            T value = make.apply(key);
            slots.set(key & mask, new Slot<>(key, value));
            return value;
        }
    }
}
