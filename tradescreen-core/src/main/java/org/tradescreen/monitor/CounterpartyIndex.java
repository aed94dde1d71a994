package org.tradescreen.monitor;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.model.Entity;
import org.tradescreen.model.Identifier;

/**
 * The counterparties by the words of their names and by identifier: which ones a changed list entry could match.
 * Rather than screening a million counterparties against a few changed entries, each distinct word of the base is
 * asked whether it {@link ScreeningIndex#reaches reaches} an index of those entries; only the counterparties holding
 * such a word (or sharing an identifier) are screened. Since that is the relation retrieval itself follows, no
 * counterparty that the whole lists would match to a changed entry is left out. Immutable; saved to a file between
 * commands, named by the import generation it was built for.
 */
public final class CounterpartyIndex {

    private static final String MAGIC = "tradescreen-counterparty-index-1";

    private final long generation;
    private final String analyzer;
    private final String[] ids;
    private final String[] terms;
    private final int[][] postings;
    private final Map<String, int[]> identifiers;

    private CounterpartyIndex(long generation, String analyzer, String[] ids, String[] terms, int[][] postings,
                              Map<String, int[]> identifiers) {
        this.generation = generation;
        this.analyzer = analyzer;
        this.ids = ids;
        this.terms = terms;
        this.postings = postings;
        this.identifiers = identifiers;
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
        return ids.length;
    }

    public int terms() {
        return terms.length;
    }

    public String id(int ordinal) {
        return ids[ordinal];
    }

    /**
     * The counterparties that could match an entity of {@code changed}: those holding a word that reaches it, and
     * those sharing one of its entities' identifiers. Ordinals, ascending.
     */
    public int[] reachedBy(ScreeningIndex changed) {
        int[] words = IntStream.range(0, terms.length).parallel().filter(t -> changed.reaches(terms[t])).toArray();
        boolean[] hit = new boolean[ids.length];
        for (int t : words) {
            for (int o : postings[t]) {
                hit[o] = true;
            }
        }
        for (int e = 0; e < changed.entityCount(); e++) {
            Entity entity = changed.entity(e);
            for (Identifier id : entity.identifiers()) {
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

    /** Writes the index to {@code file} (through a temporary file, so a reader never sees half of it). */
    public void save(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "counterparty-index", ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeUTF(MAGIC);
            out.writeLong(generation);
            out.writeUTF(analyzer);
            out.writeInt(ids.length);
            for (String id : ids) {
                out.writeUTF(id);
            }
            out.writeInt(terms.length);
            for (int t = 0; t < terms.length; t++) {
                out.writeUTF(terms[t]);
                writeInts(out, postings[t]);
            }
            out.writeInt(identifiers.size());
            for (Map.Entry<String, int[]> e : identifiers.entrySet()) {
                out.writeUTF(e.getKey());
                writeInts(out, e.getValue());
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
            String[] ids = new String[in.readInt()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = in.readUTF();
            }
            String[] terms = new String[in.readInt()];
            int[][] postings = new int[terms.length][];
            for (int t = 0; t < terms.length; t++) {
                terms[t] = in.readUTF();
                postings[t] = readInts(in);
            }
            int n = in.readInt();
            Map<String, int[]> identifiers = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                identifiers.put(in.readUTF(), readInts(in));
            }
            return Optional.of(new CounterpartyIndex(generation, analyzer, ids, terms, postings, identifiers));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] out = new int[in.readInt()];
        for (int i = 0; i < out.length; i++) {
            out[i] = in.readInt();
        }
        return out;
    }

    /** Collects postings without boxing: a million counterparties hold a few million words. */
    static final class Builder {
        private final List<String> ids = new ArrayList<>();
        private final Map<String, Postings> words = new HashMap<>();
        private final Map<String, Postings> identifiers = new HashMap<>();

        void add(Counterparties.Indexed c) {
            int ordinal = ids.size();
            ids.add(c.id());
            for (String token : c.tokens()) {
                words.computeIfAbsent(token, k -> new Postings()).add(ordinal);
            }
            if (c.identifier() != null) {
                String v = new Identifier(null, c.identifier(), null, null).canonicalValue();
                if (v.length() >= ScreeningIndex.MIN_IDENTIFIER_LENGTH) {
                    identifiers.computeIfAbsent(v, k -> new Postings()).add(ordinal);
                }
            }
        }

        CounterpartyIndex done(long generation, String analyzer) {
            String[] terms = words.keySet().toArray(String[]::new);
            int[][] postings = new int[terms.length][];
            for (int t = 0; t < terms.length; t++) {
                postings[t] = words.get(terms[t]).toArray();
            }
            Map<String, int[]> ids = new HashMap<>(identifiers.size() * 2);
            identifiers.forEach((k, v) -> ids.put(k, v.toArray()));
            return new CounterpartyIndex(generation, analyzer, this.ids.toArray(String[]::new), terms, postings, ids);
        }
    }

    /** A growing list of ordinals, each added once (they arrive in order). */
    private static final class Postings {
        private int[] values = new int[2];
        private int size;

        void add(int ordinal) {
            if (size > 0 && values[size - 1] == ordinal) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = ordinal;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
