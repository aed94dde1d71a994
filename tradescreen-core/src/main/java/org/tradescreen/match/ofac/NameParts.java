package org.tradescreen.match.ofac;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a name into the parts the OFAC tool compares: NFC, upper case, apostrophes dropped so that
 * "O'BRIEN" stays one part, and every other character that is not a letter or digit (space, comma,
 * hyphen, period) separating parts, so "AL-QAEDA" and "AL QAEDA" give the same parts and "PUTIN,
 * Vladimir" gives PUTIN and VLADIMIR. Letters of any script are kept as they are: the tool neither
 * transliterates nor folds accents, so a Cyrillic query matches no Latin list name.
 */
final class NameParts {

    /** U+0027, U+2018, U+2019 and the modifier letter apostrophe U+02BC. */
    private static final String APOSTROPHES = "'\u2018\u2019\u02BC";

    private NameParts() {
    }

    static List<String> of(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                part.appendCodePoint(cp);
            } else if (APOSTROPHES.indexOf(cp) < 0 && !part.isEmpty()) {
                parts.add(part.toString());
                part.setLength(0);
            }
        });
        if (!part.isEmpty()) {
            parts.add(part.toString());
        }
        return List.copyOf(parts);
    }
}
