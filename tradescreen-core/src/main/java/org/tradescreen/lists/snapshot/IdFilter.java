package org.tradescreen.lists.snapshot;

import org.tradescreen.io.Fnv;

/**
 * A Bloom filter of source ids in a fixed 8 MB: whether an id may have been added (and surely was not, when it says
 * no). Three bits an id among 2^26: about 0.2% false positives at 3 million ids, 5% at 10 million; past that it
 * answers "maybe" more often, which costs lookups, never memory.
 */
final class IdFilter {

    private static final int BITS = 1 << 26;
    private final long[] words = new long[BITS / 64];

    void add(String id) {
        long h = Fnv.hash64(id);
        for (int i = 0; i < 3; i++) {
            int bit = bit(h, i);
            words[bit >>> 6] |= 1L << bit;
        }
    }

    boolean mightContain(String id) {
        long h = Fnv.hash64(id);
        for (int i = 0; i < 3; i++) {
            int bit = bit(h, i);
            if ((words[bit >>> 6] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    // Double hashing: the i-th bit from the two halves of one 64-bit hash.
    private static int bit(long h, int i) {
        return ((int) h + i * (int) (h >>> 32)) & (BITS - 1);
    }
}
