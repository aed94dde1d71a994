package org.tradescreen.match.index;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.model.Entity;

/**
 * How many of the indexed names hold each word, and how many names there are: what the rarity weights of an index
 * are made of ({@link RarityWeights}). Monitoring keeps them between runs and brings them forward by a list change
 * ({@link #changed}), so that the entries of a small change are weighed as the whole lists weigh them without the
 * whole lists being analysed again. Immutable.
 */
public final class NameFrequencies {

    private static final String MAGIC = "tradescreen-name-frequencies-1";

    private final Map<String, Integer> holding;
    private final int names;

    private NameFrequencies(Map<String, Integer> holding, int names) {
        this.holding = holding;
        this.names = names;
    }

    /** The frequencies of these entities' names, counted as an index of them counts them. */
    public static NameFrequencies of(List<Entity> entities, NameAnalyzer analyzer) {
        return new NameFrequencies(Map.of(), 0).changed(List.of(), entities, analyzer);
    }

    /** The frequencies once the entities {@code before} are replaced by {@code after} (either may be empty). */
    public NameFrequencies changed(List<Entity> before, List<Entity> after, NameAnalyzer analyzer) {
        Map<String, Integer> out = new HashMap<>(holding);
        int[] count = {names};
        count(before, analyzer, out, count, -1);
        count(after, analyzer, out, count, +1);
        out.values().removeIf(v -> v == 0);
        return new NameFrequencies(out, count[0]);
    }

    private static void count(List<Entity> entities, NameAnalyzer analyzer, Map<String, Integer> out, int[] names,
                              int sign) {
        for (Entity e : entities) {
            for (IndexBuilder.Analyzed name : IndexBuilder.distinctNames(e, analyzer)) {
                names[0] += sign;
                Set<String> words = new HashSet<>(List.of(name.normalized().tokens()));
                for (String w : words) {
                    out.merge(w, sign, Integer::sum);
                }
            }
        }
    }

    /** How many names hold {@code word}. */
    public int holding(String word) {
        return holding.getOrDefault(word, 0);
    }

    public int names() {
        return names;
    }

    RarityWeights weights() {
        return RarityWeights.of(holding, names);
    }

    static NameFrequencies of(Map<String, Integer> holding, int names) {
        return new NameFrequencies(Map.copyOf(holding), names);
    }

    /** Saves them under {@code key} (what they are the frequencies of), through a temporary file. */
    public void save(Path file, String key) throws IOException {
        KeptFile.write(file, out -> {
            out.writeUTF(MAGIC);
            out.writeUTF(key);
            out.writeInt(names);
            out.writeInt(holding.size());
            for (Map.Entry<String, Integer> e : holding.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue());
            }
        });
    }

    /** The frequencies saved in {@code file} under {@code key}; empty when there are none, or of something else. */
    public static Optional<NameFrequencies> load(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF()) || !key.equals(in.readUTF())) {
                return Optional.empty();
            }
            int names = in.readInt();
            int n = in.readInt();
            Map<String, Integer> holding = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                holding.put(in.readUTF(), in.readInt());
            }
            return Optional.of(new NameFrequencies(holding, names));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NameFrequencies f && f.names == names && f.holding.equals(holding);
    }

    @Override
    public int hashCode() {
        return holding.hashCode() * 31 + names;
    }
}
