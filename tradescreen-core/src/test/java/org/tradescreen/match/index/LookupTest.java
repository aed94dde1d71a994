package org.tradescreen.match.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lookup written to an index file and read back finds every key's list, in the order it was given. */
class LookupTest {

    @Test
    void keysSharingSlots_keepTheirOwnLists_inOrder(@TempDir Path dir) throws Exception {
        LookupBuilder builder = new LookupBuilder();
        int keys = 5_000;
        for (int round = 0; round < 3; round++) {
            for (int k = 0; k < keys; k++) {
                // multiples of a large power of two: the same low bits before mixing, so slots are contended
                builder.add((long) k << 40, k * 10 + round);
            }
        }
        Path file = dir.resolve("lookup.tsix");
        try (IndexFileWriter out = new IndexFileWriter(file)) {
            builder.write(out, Table.TERM_TEXT, Table.TERM_AT, Table.TERM_KEYS);
        }

        IndexBytes bytes = IndexBytes.map(file);
        // the three tables were the first written: their places follow from their sizes
        long slots = Long.highestOneBit(2L * keys - 1) << 1;
        long keysAt = 8;
        long spansAt = keysAt + 8 * slots;
        long valuesAt = spansAt + 8 * slots;
        Lookup lookup = new Lookup(bytes.longs(keysAt, 8 * slots), bytes.ints(spansAt, 8 * slots),
                bytes.ints(valuesAt, 4L * 3 * keys));
        for (int k = 0; k < keys; k++) {
            assertThat(lookup.get((long) k << 40)).containsExactly(k * 10, k * 10 + 1, k * 10 + 2);
        }
        assertThat(lookup.get(12345L)).isEmpty();
    }
}
