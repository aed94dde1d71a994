package org.tradescreen.match.normalize;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * The primary Double Metaphone code of a word, remembered: names repeat their words, and a list of millions
     * prepares the same few thousand given and family names for every query that reaches them.
     */
    public static String of(String word) {
        String known = CODES.get(word);
        if (known != null) {
            return known;
        }
        String code = METAPHONE.get().doubleMetaphone(word);
        if (code != null && CODES.size() < MAX_REMEMBERED) { // null: a word with no letters to sound
            CODES.put(word, code);
        }
        return code;
    }

    private static final int MAX_REMEMBERED = 200_000;
    private static final Map<String, String> CODES = new ConcurrentHashMap<>();
}
