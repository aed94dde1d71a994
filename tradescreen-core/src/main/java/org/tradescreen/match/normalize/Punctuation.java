package org.tradescreen.match.normalize;

/**
 * Removes punctuation the way names need: apostrophes vanish inside words ("Ja'far" to "jafar") and a
 * possessive "'s" goes ("Bank's" to "bank"); a dot between letters joins them ("L.L.C." to "llc",
 * "S.A." to "sa", and so does a slash: "A/S" to "as") while a dot before a space separates ("J. Smith"); every other non-alphanumeric
 * character, hyphens included, becomes a space ("AL-TIKRITI" to "al tikriti").
 */
public final class Punctuation implements TextStep {

    public static final String NAME = "punctuation";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String apply(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            } else if (isApostrophe(c)) {
                boolean possessive = i + 1 < n && (text.charAt(i + 1) == 's')
                        && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)))
                        && i > 0 && Character.isLetter(text.charAt(i - 1));
                if (possessive) {
                    i++;
                }
            } else if ((c == '.' || c == '/') && i > 0 && i + 1 < n && Character.isLetter(text.charAt(i - 1))
                    && Character.isLetter(text.charAt(i + 1)) && isAbbreviation(text, i)) {
                // "l.l.c": a dot inside an abbreviation joins its letters
            } else {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    /** A dot between single letters ("s.a", "l.l.c"), not between words ("abdul.rahman"). */
    private static boolean isAbbreviation(String text, int dot) {
        boolean singleBefore = dot < 2 || !Character.isLetter(text.charAt(dot - 2));
        boolean singleAfter = dot + 2 >= text.length() || !Character.isLetter(text.charAt(dot + 2));
        return singleBefore || singleAfter;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '\u00B4';
    }
}
