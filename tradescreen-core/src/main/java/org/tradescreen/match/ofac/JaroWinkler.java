package org.tradescreen.match.ofac;

/**
 * Jaro-Winkler similarity as the OFAC tool appears to compute it: the textbook Jaro measure (match
 * window {@code max(|a|,|b|)/2 - 1}, half the out-of-order matches as transpositions, kept fractional)
 * plus Winkler's prefix bonus of 0.1 per shared leading character, up to a cap, applied whatever the
 * Jaro value.
 *
 * <p>Written here rather than taken from commons-text because two details decide the score and the
 * library fixes both the other way: {@code JaroWinklerSimilarity} adds the prefix bonus only when Jaro
 * reaches 0.7 (Winkler's boost threshold) and caps the prefix at 4. Without the threshold "VLADIMIR
 * PUTIN" against "VLADIMIROVKA ADVANCED WEAPONS AND RESEARCH COMPLEX" reaches OFAC's 82; with it, 63.
 */
final class JaroWinkler {

    /** Winkler's scaling factor for each shared leading character. */
    private static final double PREFIX_SCALE = 0.1;

    private final int prefixCap;

    JaroWinkler(int prefixCap) {
        this.prefixCap = prefixCap;
    }

    double similarity(String a, String b) {
        double jaro = jaro(a, b);
        int limit = Math.min(prefixCap, Math.min(a.length(), b.length()));
        int prefix = 0;
        while (prefix < limit && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * PREFIX_SCALE * (1 - jaro);
    }

    static double jaro(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int window = Math.max(Math.max(a.length(), b.length()) / 2 - 1, 0);
        boolean[] matchedA = new boolean[a.length()];
        boolean[] matchedB = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            int end = Math.min(i + window + 1, b.length());
            for (int j = Math.max(0, i - window); j < end; j++) {
                if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int outOfOrder = 0;
        for (int i = 0, j = 0; i < a.length(); i++) {
            if (matchedA[i]) {
                while (!matchedB[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    outOfOrder++;
                }
                j++;
            }
        }
        double m = matches;
        return (m / a.length() + m / b.length() + (m - outOfOrder / 2.0) / m) / 3;
    }
}
