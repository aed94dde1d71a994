package org.tradescreen.match.index;

import java.io.IOException;
import java.util.Arrays;

/**
 * Gathers the pairs of a {@link Lookup} while an index is built and writes it. Each key's list keeps the order its
 * values were added in (retrieval's results depend on it).
 */
final class LookupBuilder {

    private long[] keys = new long[1024];
    private int[] values = new int[1024];
    private int count;

    void add(long key, int value) {
        if (count == keys.length) {
            keys = Arrays.copyOf(keys, count * 2);
            values = Arrays.copyOf(values, count * 2);
        }
        keys[count] = key;
        values[count++] = value;
    }

    void write(IndexFileWriter to, Table keyTable, Table spanTable, Table valueTable) throws IOException {
        long[] sorted = Arrays.copyOf(keys, count);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                distinct++;
            }
        }
        int slots = Integer.highestOneBit(Math.max(2, distinct * 2 - 1)) << 1;
        int mask = slots - 1;
        long[] slotKeys = new long[slots];
        int[] spans = new int[2 * slots];
        int[] slotOf = new int[count];
        for (int i = 0; i < count; i++) {
            int s = Lookup.slot(keys[i], mask);
            while (spans[2 * s + 1] != 0 && slotKeys[s] != keys[i]) {
                s = (s + 1) & mask;
            }
            slotKeys[s] = keys[i];
            spans[2 * s + 1]++;
            slotOf[i] = s;
        }
        int start = 0;
        for (int s = 0; s < slots; s++) {
            spans[2 * s] = start;
            start += spans[2 * s + 1];
        }
        int[] filled = new int[slots];
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            int s = slotOf[i];
            out[spans[2 * s] + filled[s]++] = values[i];
        }
        to.longs(keyTable, slotKeys, slots);
        to.ints(spanTable, spans, spans.length);
        to.ints(valueTable, out, count);
    }
}
