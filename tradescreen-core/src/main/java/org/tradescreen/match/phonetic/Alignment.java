package org.tradescreen.match.phonetic;

/**
 * The cheapest alignment of a Latin key against a romanized key under a {@link CorrespondenceTable}:
 * each step substitutes a Latin letter by a romanized one, deletes a Latin letter (the other script
 * wrote nothing for it, like the vowels Arabic leaves out) or inserts a romanized letter (the other
 * script added it, like the "u" Katakana puts after a final consonant). {@link #cost} is the
 * screening-loop path; {@link #trace} hands over the steps themselves, which is what training counts.
 */
final class Alignment {

    private static final int LETTERS = CorrespondenceTable.LETTERS;

    /** Receives the steps of the cheapest alignment, from the end of both keys back to the start. */
    interface Steps {
        void substitute(int latin, int other);

        void delete(int latin);

        void insert(int other);
    }

    private Alignment() {
    }

    /** The cost, in nats, of the cheapest alignment; 0 for two empty keys. */
    static float cost(CorrespondenceTable table, String latin, String other) {
        return fill(table, latin, other)[latin.length() * (other.length() + 1) + other.length()];
    }

    /** Hands the steps of the cheapest alignment to {@code steps}; ties prefer substitution, then deletion. */
    static void trace(CorrespondenceTable table, String latin, String other, Steps steps) {
        float[] d = fill(table, latin, other);
        int width = other.length() + 1;
        int i = latin.length();
        int j = other.length();
        while (i > 0 || j > 0) {
            int a = i > 0 ? letter(latin, i - 1) : -1;
            int b = j > 0 ? letter(other, j - 1) : -1;
            float here = d[i * width + j];
            if (a >= 0 && b >= 0 && here == d[(i - 1) * width + j - 1] + table.substitute[a * LETTERS + b]) {
                steps.substitute(a, b);
                i--;
                j--;
            } else if (a >= 0 && here == d[(i - 1) * width + j] + table.delete[a]) {
                steps.delete(a);
                i--;
            } else {
                steps.insert(b);
                j--;
            }
        }
    }

    /*
     * One flat (n+1) x (m+1) matrix per call: keys are name tokens of a few letters, so the matrix is a
     * few hundred bytes, and keeping it whole lets trace() walk back through it instead of a second
     * recurrence that would have to stay in step with this one.
     */
    private static float[] fill(CorrespondenceTable table, String latin, String other) {
        int n = latin.length();
        int m = other.length();
        int width = m + 1;
        float[] d = new float[(n + 1) * width];
        for (int j = 1; j <= m; j++) {
            d[j] = d[j - 1] + table.insert[letter(other, j - 1)];
        }
        for (int i = 1; i <= n; i++) {
            int a = letter(latin, i - 1);
            int row = i * width;
            int above = row - width;
            int substituteRow = a * LETTERS;
            float delete = table.delete[a];
            d[row] = d[above] + delete;
            for (int j = 1; j <= m; j++) {
                int b = letter(other, j - 1);
                float best = d[above + j - 1] + table.substitute[substituteRow + b];
                best = Math.min(best, d[above + j] + delete);
                d[row + j] = Math.min(best, d[row + j - 1] + table.insert[b]);
            }
        }
        return d;
    }

    private static int letter(String key, int index) {
        return key.charAt(index) - 'a';
    }
}
