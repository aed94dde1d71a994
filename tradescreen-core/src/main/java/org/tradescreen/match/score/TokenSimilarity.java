package org.tradescreen.match.score;

import org.jspecify.annotations.Nullable;
import org.tradescreen.match.normalize.Edits;

/**
 * How alike two normalized tokens are, in [0,1], and why. Exact equality is 1; an edit-distance ratio
 * (1 - distance / longer length) measures typos; tokens that sound the same (equal Double Metaphone
 * codes, computed once per token by the caller) get {@link Tuning#PHONETIC_SIMILARITY}; a single letter
 * against a name starting with it is an initial. Anything below {@link Tuning#MIN_TOKEN_SIMILARITY}
 * is 0: weak resemblance is not evidence.
 */
public final class TokenSimilarity {

    /** A similarity and the way it was reached. */
    public record Result(double similarity, MatchKind kind) {
        static final Result NONE = new Result(0, MatchKind.FUZZY);
    }

    private TokenSimilarity() {
    }

    public static Result compare(String a, @Nullable String phoneticA, String b, @Nullable String phoneticB) {
        if (a.equals(b)) {
            return new Result(1.0, MatchKind.EXACT);
        }
        if (a.length() == 1 || b.length() == 1) {
            boolean initial = a.charAt(0) == b.charAt(0) && (a.length() == 1) != (b.length() == 1);
            return initial ? new Result(Tuning.INITIAL_SIMILARITY, MatchKind.INITIAL) : Result.NONE;
        }
        if (allDigits(a) || allDigits(b)) {
            return Result.NONE;
        }
        if (Nicknames.related(a, b)) {
            return new Result(Tuning.NICKNAME_SIMILARITY, MatchKind.NICKNAME);
        }
        // Most pairs share few letters: a bag-of-letters bound (never above the edit ratio) rejects them
        // without the edit-distance table.
        if (bagRatio(a, b) < Math.min(Tuning.MIN_TOKEN_SIMILARITY, Tuning.PHONETIC_MIN_EDIT_RATIO)) {
            return Result.NONE;
        }
        double ratio = editRatio(a, b);
        boolean soundsAlike = phoneticA != null && !phoneticA.isEmpty() && phoneticA.equals(phoneticB)
                && Math.min(a.length(), b.length()) >= 3;
        if (soundsAlike && ratio >= Tuning.PHONETIC_MIN_EDIT_RATIO && ratio < Tuning.PHONETIC_SIMILARITY) {
            return new Result(Tuning.PHONETIC_SIMILARITY, MatchKind.PHONETIC);
        }
        return ratio >= Tuning.MIN_TOKEN_SIMILARITY ? new Result(ratio, MatchKind.FUZZY) : Result.NONE;
    }

    /**
     * 1 - edit distance / length of the longer token, where a swap of neighbours is one edit ("anglea" /
     * "angela"). A single edit in a token of 3 or more letters scores at least {@link Tuning#ONE_EDIT}:
     * short names ("uun" / "un") would otherwise lose a typo's worth of similarity far too fast.
     */
    public static double editRatio(String a, String b) {
        int max = Math.max(a.length(), b.length());
        if (max == 0) {
            return 1.0;
        }
        // A length gap alone already exceeds what MIN_TOKEN_SIMILARITY allows: skip the table.
        if (Math.abs(a.length() - b.length()) > max * (1 - Tuning.MIN_TOKEN_SIMILARITY) + 1) {
            return 1.0 - (double) Math.abs(a.length() - b.length()) / max;
        }
        int d = Edits.distance(a, b);
        if (d == 2 && Edits.exchanged(a, b)) {
            d = 1;
        }
        double ratio = 1.0 - (double) d / max;
        return d == 1 && max >= 3 ? Math.max(ratio, Tuning.ONE_EDIT) : ratio;
    }

    /**
     * 1 - bag distance / longer length, where the bag distance (letters of one not matched in the other,
     * the larger side) is a lower bound of the edit distance, so this is an upper bound of
     * {@link #editRatio}.
     */
    static double bagRatio(String a, String b) {
        int[] counts = COUNTS.get();
        for (int i = 0; i < a.length(); i++) {
            counts[a.charAt(i) & 127]++;
        }
        int onlyB = 0;
        for (int i = 0; i < b.length(); i++) {
            if (--counts[b.charAt(i) & 127] < 0) {
                onlyB++;
            }
        }
        // put the shared table back to zeros by touching only the letters used
        for (int i = 0; i < a.length(); i++) {
            counts[a.charAt(i) & 127] = 0;
        }
        for (int i = 0; i < b.length(); i++) {
            counts[b.charAt(i) & 127] = 0;
        }
        int onlyA = a.length() - (b.length() - onlyB);
        int max = Math.max(a.length(), b.length());
        return 1.0 - (double) Math.max(onlyA, onlyB) / max;
    }

    private static final ThreadLocal<int[]> COUNTS = ThreadLocal.withInitial(() -> new int[128]);

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
