package org.tradescreen.match.normalize;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * How a word sounds: its Double Metaphone code, eight letters long (not the default four, or "volkswerk" and
 * "volkswagen" would sound alike). Retrieval files list words under it and scoring
 * compares query words by it, so both must read a word's sound the same way: this is the one place that says how.
 */
public final class Sounds {

    private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(() -> {
        DoubleMetaphone dm = new DoubleMetaphone();
        dm.setMaxCodeLen(8);
        return dm;
    });

    private Sounds() {
    }

    /** The primary Double Metaphone code of a word. */
    public static String of(String word) {
        return METAPHONE.get().doubleMetaphone(word);
    }
}
