package org.tradescreen.io;

/**
 * 64-bit FNV-1a over a string's UTF-16 units: a cheap in-memory fingerprint for sets of ids too large to hold as
 * strings (never stored, never compared across processes; SHA-256 is for those).
 */
public final class Fnv {

    private Fnv() {
    }

    public static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }
}
