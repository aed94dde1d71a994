package org.tradescreen.monitor;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.tradescreen.match.Screener;
import org.tradescreen.match.index.Candidates;
import org.tradescreen.match.index.KeptFile;
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.match.normalize.NormalizedName;
import org.tradescreen.match.normalize.TokenKind;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Identifier;
import org.tradescreen.model.Name;

/**
 * The stored base by the words of its names and by identifier: which counterparties a changed list entry could
 * match. Rather than screening a million counterparties against a few changed entries, each distinct word of the
 * base is asked once what it finds in an index of those entries ({@link ScreeningIndex#wordReach}); a counterparty
 * is screened only if, summing its words by the rules retrieval itself follows, some name of the index passes the
 * screener's own bound ({@link Screener#mayReach}), or if it shares an identifier. So no counterparty that the
 * whole lists would match to a changed entry is left out. The counterparties themselves are kept too, so the ones
 * to screen need no trip to the store. Immutable; saved to a file between commands, named by the import generation
 * it was built for.
 */
public final class CounterpartyIndex {

    private static final String MAGIC = "tradescreen-counterparty-index-5";
    private static final TokenKind[] KINDS = TokenKind.values();
    private static final EntityType[] TYPES = EntityType.values();

    private final long generation;
    private final String analyzer;
    /** Counterparty {@code o} is {@code parties[partyStarts[o]..partyStarts[o+1])}: its fields in UTF-8, split by US. */
    private final byte[] parties;
    private final int[] partyStarts;
    private final String[] terms;
    /** The counterparties holding term {@code t}: {@code holders[termStarts[t]..termStarts[t+1])}, ascending. */
    private final int[] termStarts;
    private final int[] holders;
    private final Map<String, int[]> identifiers;
    /** The words of counterparty {@code o}: {@code words[starts[o]..starts[o+1])}, as term ids, with their kinds. */
    private final int[] starts;
    private final int[] words;
    private final byte[] kinds;
    /** The type each counterparty was imported with ({@link EntityType} ordinals): a person is never an entity's match. */
    private final byte[] types;

    private CounterpartyIndex(long generation, String analyzer, byte[] parties, int[] partyStarts, String[] terms,
                              int[] termStarts, int[] holders, Map<String, int[]> identifiers, int[] starts,
                              int[] words, byte[] kinds, byte[] types) {
        this.generation = generation;
        this.analyzer = analyzer;
        this.parties = parties;
        this.partyStarts = partyStarts;
        this.terms = terms;
        this.termStarts = termStarts;
        this.holders = holders;
        this.identifiers = identifiers;
        this.starts = starts;
        this.words = words;
        this.kinds = kinds;
        this.types = types;
    }

    /** Builds the index of a base streamed from the store. */
    public static CounterpartyIndex build(long generation, String analyzer, Counterparties base) {
        Builder b = new Builder();
        base.forEachIndexed(b::add);
        return b.done(generation, analyzer);
    }

    /** A builder fed as counterparties arrive (a first import builds the index without reading the base back). */
    static Builder builder() {
        return new Builder();
    }

    public long generation() {
        return generation;
    }

    /** Which analyser made the words; an index of another is stale. */
    public String analyzer() {
        return analyzer;
    }

    public int size() {
        return partyStarts.length - 1;
    }

    public int terms() {
        return terms.length;
    }

    public Counterparty counterparty(int ordinal) {
        String[] f = new String(parties, partyStarts[ordinal], partyStarts[ordinal + 1] - partyStarts[ordinal],
                StandardCharsets.UTF_8).split(SEPARATOR, -1);
        return new Counterparty(f[0], f[1], orNull(f[2]), orNull(f[3]), orNull(f[4]), orNull(f[5]));
    }

    /** The name of counterparty {@code o} as the analyser read it on import (kept: it need not be read again). */
    public NormalizedName analyzed(int ordinal) {
        Counterparty c = counterparty(ordinal);
        int n = starts[ordinal + 1] - starts[ordinal];
        String[] tokens = new String[n];
        TokenKind[] kindsOf = new TokenKind[n];
        for (int i = 0; i < n; i++) {
            tokens[i] = terms[words[starts[ordinal] + i]];
            kindsOf[i] = KINDS[kinds[starts[ordinal] + i]];
        }
        return new NormalizedName(c.name(), tokens, kindsOf, Name.scriptOf(c.name()));
    }

    /** Between the fields of a stored counterparty: the unit separator, which no imported field holds. */
    private static final String SEPARATOR = "\u001f";

    private static @Nullable String orNull(String field) {
        return field.isEmpty() ? null : field;
    }

    /**
     * The counterparties that could match an entity of {@code changed} at {@code threshold}: those sharing one of its
     * entities' identifiers, and those in which retrieval, worked out from their stored words, finds enough of some
     * name of {@code changed} to pass the screener's bound: exactly the ones the screener would score a name of.
     * Ordinals, ascending.
     */
    public int[] reachedBy(ScreeningIndex changed, double threshold) {
        // what each distinct word finds, once: as a name word (misspellings too) and as any other word (itself only)
        Candidates[] asName = new Candidates[terms.length];
        Candidates[] asIs = new Candidates[terms.length];
        boolean[] initials = new boolean[terms.length];
        IntStream.range(0, terms.length).parallel().forEach(t -> {
            asName[t] = changed.wordReach(terms[t], TokenKind.NAME);
            asIs[t] = changed.wordReach(terms[t], TokenKind.NUMBER);
            initials[t] = changed.isAcronym(terms[t]);
        });
        boolean[] holds = new boolean[size()];
        for (int t = 0; t < terms.length; t++) {
            if (asName[t].size() > 0 || initials[t]) {
                for (int i = termStarts[t]; i < termStarts[t + 1]; i++) {
                    holds[holders[i]] = true;
                }
            }
        }
        ThreadLocal<float[]> found = ThreadLocal.withInitial(() -> new float[changed.size()]);
        boolean[] hit = new boolean[size()];
        IntStream.range(0, size()).parallel().filter(o -> holds[o])
                .forEach(o -> hit[o] = mayMatch(o, asName, asIs, initials, changed, threshold, found.get()));
        for (int e = 0; e < changed.entityCount(); e++) {
            for (Identifier id : changed.entity(e).identifiers()) {
                String v = id.canonicalValue();
                if (v.length() >= ScreeningIndex.MIN_IDENTIFIER_LENGTH) {
                    for (int o : identifiers.getOrDefault(v, new int[0])) {
                        hit[o] = true;
                    }
                }
            }
        }
        return IntStream.range(0, hit.length).filter(o -> hit[o]).toArray();
    }

    /**
     * Whether the screener would score some name of {@code changed} for counterparty {@code o}: what retrieval finds
     * of each name, by its rules word by word (legal forms and stopwords take part only in a name made of nothing
     * else, a lone initial not beside whole words, misspellings only of name words), passes the screener's bound
     * against the weight of the whole name, for a name of an entry of a type the screener admits for the
     * counterparty's. {@code found} is scratch, one entry per name, left at zero.
     */
    private boolean mayMatch(int o, Candidates[] asName, Candidates[] asIs, boolean[] initials, ScreeningIndex changed,
                             double threshold, float[] found) {
        int from = starts[o];
        int to = starts[o + 1];
        if (to - from == 1 && initials[words[from]]) {
            return true; // a one-word query also gets the names of these initials, at a weight of its own
        }
        boolean onlyWeak = true;
        boolean wholeWords = false;
        for (int i = from; i < to; i++) {
            TokenKind k = KINDS[kinds[i]];
            if (k == TokenKind.NAME || k == TokenKind.NUMBER) {
                onlyWeak = false;
                wholeWords |= terms[words[i]].length() > 1;
            }
        }
        double total = 0;
        List<Integer> touched = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String token = terms[words[i]];
            TokenKind k = KINDS[kinds[i]];
            double w = changed.weight(token, k);
            total += w;
            boolean takesPart = onlyWeak || k == TokenKind.NAME || k == TokenKind.NUMBER;
            boolean initial = wholeWords && k == TokenKind.NAME && token.length() == 1
                    && Character.isLetter(token.charAt(0));
            if (takesPart && !initial) {
                Candidates r = k == TokenKind.NAME ? asName[words[i]] : asIs[words[i]];
                for (int j = 0; j < r.size(); j++) {
                    int name = r.name(j);
                    if (found[name] == 0) {
                        touched.add(name);
                    }
                    found[name] += (float) (w * r.found(j));
                }
            }
        }
        EntityType type = TYPES[types[o]];
        double best = 0;
        for (int name : touched) {
            if (Screener.admitsType(type, changed.entity(changed.entityOf(name)).type())) {
                best = Math.max(best, found[name]);
            }
            found[name] = 0;
        }
        // retrieval sums float weights: a hair of slack keeps the bound on the safe side of rounding
        return best > 0 && Screener.mayReach(best * (1 + 1e-5), total, threshold);
    }

    /** Writes the index to {@code file} (through a temporary file, so a reader never sees half of it). */
    public void save(Path file) throws IOException {
        KeptFile.write(file, out -> {
            out.writeUTF(MAGIC);
            out.writeLong(generation);
            out.writeUTF(analyzer);
            writeBytes(out, parties);
            writeInts(out, partyStarts);
            out.writeInt(terms.length);
            for (String t : terms) {
                out.writeUTF(t);
            }
            writeInts(out, termStarts);
            writeInts(out, holders);
            out.writeInt(identifiers.size());
            for (Map.Entry<String, int[]> e : identifiers.entrySet()) {
                out.writeUTF(e.getKey());
                writeInts(out, e.getValue());
            }
            writeInts(out, starts);
            writeInts(out, words);
            writeBytes(out, kinds);
            writeBytes(out, types);
        });
    }

    /** The index saved in {@code file}, or empty when there is none or it cannot be read (it is then rebuilt). */
    public static Optional<CounterpartyIndex> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF())) {
                return Optional.empty();
            }
            long generation = in.readLong();
            String analyzer = in.readUTF();
            byte[] parties = readBytes(in);
            int[] partyStarts = readInts(in);
            String[] terms = new String[in.readInt()];
            for (int t = 0; t < terms.length; t++) {
                terms[t] = in.readUTF();
            }
            int[] termStarts = readInts(in);
            int[] holders = readInts(in);
            int n = in.readInt();
            Map<String, int[]> identifiers = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                identifiers.put(in.readUTF(), readInts(in));
            }
            int[] starts = readInts(in);
            int[] words = readInts(in);
            byte[] kinds = readBytes(in);
            byte[] types = readBytes(in);
            return Optional.of(new CounterpartyIndex(generation, analyzer, parties, partyStarts, terms, termStarts,
                    holders, identifiers, starts, words, kinds, types));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void writeBytes(DataOutputStream out, byte[] values) throws IOException {
        out.writeInt(values.length);
        out.write(values);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] out = new byte[in.readInt()];
        in.readFully(out);
        return out;
    }

    /** Whole arrays at a time: a million counterparties hold a few million ints, read at every delta. */
    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * 4);
        bytes.asIntBuffer().put(values);
        writeBytes(out, bytes.array());
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        byte[] bytes = readBytes(in);
        int[] out = new int[bytes.length / 4];
        ByteBuffer.wrap(bytes).asIntBuffer().get(out);
        return out;
    }

    /** Collects postings without boxing: a million counterparties hold a few million words. */
    static final class Builder {
        private final ByteArrayOutputStream parties = new ByteArrayOutputStream();
        private final Ints partyStarts = new Ints();
        private final Map<String, Integer> termIds = new HashMap<>();
        private final List<Ints> postings = new ArrayList<>();
        private final Map<String, Ints> identifiers = new HashMap<>();
        private final Ints starts = new Ints();
        private final Ints words = new Ints();
        private byte[] kinds = new byte[1024];
        private final ByteArrayOutputStream types = new ByteArrayOutputStream();

        Builder() {
            starts.append(0);
            partyStarts.append(0);
        }

        void add(Counterparties.Indexed c) {
            int ordinal = partyStarts.size - 1;
            Counterparty p = c.counterparty();
            parties.writeBytes(String.join(SEPARATOR, p.id(), p.name(), nz(p.type()), nz(p.country()), nz(p.dob()),
                    nz(p.identifier())).getBytes(StandardCharsets.UTF_8));
            partyStarts.append(parties.size());
            types.write(EntityType.fromWord(p.type()).ordinal());
            for (int i = 0; i < c.tokens().length; i++) {
                int t = termIds.computeIfAbsent(c.tokens()[i], k -> {
                    postings.add(new Ints());
                    return postings.size() - 1;
                });
                postings.get(t).addOnce(ordinal);
                if (words.size == kinds.length) {
                    kinds = Arrays.copyOf(kinds, 2 * kinds.length);
                }
                kinds[words.size] = (byte) c.kinds()[i].ordinal();
                words.append(t);
            }
            starts.append(words.size);
            String identifier = p.identifier();
            if (identifier != null) {
                String v = new Identifier(null, identifier, null, null).canonicalValue();
                if (v.length() >= ScreeningIndex.MIN_IDENTIFIER_LENGTH) {
                    identifiers.computeIfAbsent(v, k -> new Ints()).addOnce(ordinal);
                }
            }
        }

        CounterpartyIndex done(long generation, String analyzer) {
            String[] terms = new String[termIds.size()];
            termIds.forEach((term, t) -> terms[t] = term);
            Ints termStarts = new Ints();
            Ints holders = new Ints();
            termStarts.append(0);
            for (int t = 0; t < terms.length; t++) {
                Ints p = postings.get(t);
                for (int i = 0; i < p.size; i++) {
                    holders.append(p.values[i]);
                }
                termStarts.append(holders.size);
            }
            Map<String, int[]> ids = new HashMap<>(identifiers.size() * 2);
            identifiers.forEach((k, v) -> ids.put(k, v.toArray()));
            return new CounterpartyIndex(generation, analyzer, parties.toByteArray(), partyStarts.toArray(), terms,
                    termStarts.toArray(), holders.toArray(), ids, starts.toArray(), words.toArray(),
                    Arrays.copyOf(kinds, words.size), types.toByteArray());
        }

        private static String nz(@Nullable String s) {
            return s == null ? "" : s;
        }
    }

    /** A growing list of ints; {@link #addOnce} keeps ordinals once each (they arrive in order). */
    private static final class Ints {
        private int[] values = new int[2];
        private int size;

        void addOnce(int ordinal) {
            if (size == 0 || values[size - 1] != ordinal) {
                append(ordinal);
            }
        }

        void append(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
