package org.tradescreen.lists.format.ftm;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tradescreen.io.Fnv;

/**
 * Finds ids that occur more than once in a file too large to hold every id as a string: the first pass keeps a
 * 64-bit hash of each (8 bytes an id), the ids whose hash repeats are the only candidates, and the second pass
 * keeps the first line of just those, so it can name the line a repeat repeats. A hash collision only makes a
 * candidate that turns out not to repeat.
 */
final class RepeatedIds {

    private long[] hashes = new long[1 << 12];
    private int size;
    private @Nullable Set<Long> candidates;
    private final Map<String, Long> firstLines = new HashMap<>();

    /** First pass: one more id. */
    void add(String id) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        hashes[size++] = Fnv.hash64(id);
    }

    /**
     * Second pass, in the same order: the line where {@code id} first occurred when this occurrence repeats it,
     * else null.
     */
    @Nullable Long earlierLine(String id, long line) {
        if (candidates == null) {
            candidates = repeatedHashes();
            hashes = new long[0];
        }
        return candidates.contains(Fnv.hash64(id)) ? firstLines.putIfAbsent(id, line) : null;
    }

    private Set<Long> repeatedHashes() {
        Arrays.sort(hashes, 0, size);
        Set<Long> out = new HashSet<>();
        for (int i = 1; i < size; i++) {
            if (hashes[i] == hashes[i - 1]) {
                out.add(hashes[i]);
            }
        }
        return out;
    }
}
