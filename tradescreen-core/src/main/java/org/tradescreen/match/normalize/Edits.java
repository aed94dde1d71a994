package org.tradescreen.match.normalize;

/**
 * Edit distance between tokens: optimal string alignment, which is Levenshtein plus the swap of two
 * neighbouring letters as one edit ("anglea" / "angela"), the commonest typing slip.
 */
public final class Edits {

    private Edits() {
    }

    public static int distance(String a, String b) {
        int m = a.length();
        int n = b.length();
        int[][] d = new int[m + 1][n + 1];
        for (int i = 0; i <= m; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= n; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= m; i++) {
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= n; j++) {
                char cb = b.charAt(j - 1);
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + (ca == cb ? 0 : 1));
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[m][n];
    }

    /** 1 - distance / length of the longer token. */
    public static double ratio(String a, String b) {
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 1.0 : 1.0 - (double) distance(a, b) / max;
    }
}
