package org.tradescreen.match.index;

/**
 * The 64-bit hashes an index file's lookups are keyed by. Written into files, so fixed here rather than taken from
 * {@link String#hashCode} (32 bits: too many collisions among millions of deletions).
 */
final class Hashes {

    private Hashes() {
    }

    /** FNV-1a over the UTF-16 units, then mixed. */
    static long of(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return mix(h);
    }

    /** MurmurHash3's finaliser: every bit of the input moves every bit of the output. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
