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
        if (m == 0 || n == 0) {
            return Math.max(m, n);
        }
        // Three rolling rows (the transposition looks two rows back), reused per thread: the scorer
        // calls this in its inner loop and must not allocate there.
        int[][] rows = ROWS.get();
        if (rows[0].length < n + 1) {
            rows = new int[][] {new int[n + 1], new int[n + 1], new int[n + 1]};
            ROWS.set(rows);
        }
        int[] twoBack = rows[0];
        int[] prev = rows[1];
        int[] cur = rows[2];
        for (int j = 0; j <= n; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= m; i++) {
            char ca = a.charAt(i - 1);
            cur[0] = i;
            for (int j = 1; j <= n; j++) {
                char cb = b.charAt(j - 1);
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (ca == cb ? 0 : 1));
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, twoBack[j - 2] + 1);
                }
                cur[j] = v;
            }
            int[] t = twoBack;
            twoBack = prev;
            prev = cur;
            cur = t;
        }
        return prev[n];
    }

    private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() ->
            new int[][] {new int[32], new int[32], new int[32]});

    /** Whether two words are one slip apart: an edit (a swap of neighbours included), or two letters exchanged. */
    public static boolean oneSlip(String a, String b) {
        return distance(a, b) <= 1 || exchanged(a, b);
    }

    /** Shorter words with two letters exchanged are often other names ("sami" / "sima"). */
    private static final int MIN_SWAP_LENGTH = 6;

    /**
     * Whether two words of six or more letters differ only by two letters exchanged, near or apart ("rotebnerg" /
     * "rotenberg"): one slip of the hand, so one edit, as a swap of neighbours already is.
     */
    public static boolean exchanged(String a, String b) {
        if (a.length() != b.length() || a.length() < MIN_SWAP_LENGTH) {
            return false;
        }
        int first = -1;
        int second = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (first < 0) {
                    first = i;
                } else if (second < 0) {
                    second = i;
                } else {
                    return false;
                }
            }
        }
        return second > 0 && a.charAt(first) == b.charAt(second) && a.charAt(second) == b.charAt(first);
    }

    /** 1 - distance / length of the longer token. */
    public static double ratio(String a, String b) {
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 1.0 : 1.0 - (double) distance(a, b) / max;
    }
}
