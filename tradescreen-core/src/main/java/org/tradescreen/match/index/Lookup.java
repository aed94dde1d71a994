package org.tradescreen.match.index;

import java.nio.IntBuffer;
import java.nio.LongBuffer;

/**
 * A table from 64-bit keys (hashes of words, deletions, sounds, initials, identifiers) to lists of numbers, as an
 * index file holds it: open addressing over a power-of-two number of slots, each slot a key and the start and length
 * of its list. A hash is not the word: callers that must be exact check what they find (words against their text,
 * identifiers against the entity); for the rest a collision of 64-bit hashes only adds a candidate that scoring weighs.
 */
final class Lookup {

    static final int[] NONE = new int[0];

    private final LongBuffer keys;
    private final IntBuffer spans;
    private final IntBuffer values;
    private final int mask;

    Lookup(IndexFileReader file, Table keys, Table spans, Table values) {
        this(file.longs(keys), file.ints(spans), file.ints(values));
    }

    Lookup(LongBuffer keys, IntBuffer spans, IntBuffer values) {
        this.keys = keys;
        this.spans = spans;
        this.values = values;
        int slots = keys.limit();
        if (Integer.bitCount(slots) != 1 || spans.limit() != 2 * slots) {
            throw new IndexDamagedException("a lookup of " + slots + " slots and " + spans.limit() / 2 + " spans");
        }
        this.mask = slots - 1;
    }

    /** The list under {@code key}, empty when there is none. */
    int[] get(long key) {
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            int length = spans.get(2 * slot + 1);
            if (length == 0) {
                return NONE;
            }
            if (keys.get(slot) == key) {
                int[] out = new int[length];
                values.get(spans.get(2 * slot), out, 0, length);
                return out;
            }
        }
    }

    static int slot(long key, int mask) {
        return (int) (Hashes.mix(key) & mask);
    }
}
