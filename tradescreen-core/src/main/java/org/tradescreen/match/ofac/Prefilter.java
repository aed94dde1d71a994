package org.tradescreen.match.ofac;

import java.util.List;

/**
 * OFAC's FAQ 249 pre-filter, applied to pairs of name parts: a list part is a candidate for a query
 * part only if both start with the same letter and are at least 50% similar by edit distance
 * (Levenshtein distance over the longer length). A list name with no such pair is never retrieved
 * ("ALQAEDA" finds no "AL QAEDA"), and inside the name-part technique a pair that fails scores
 * nothing ("BUSH" against "BOUTROS": same letter, 29% similar).
 */
final class Prefilter {

    /** "at least 50% or more similar based on edit distance" (FAQ 249). */
    private static final double MIN_SIMILARITY = 0.5;

    private Prefilter() {
    }

    static boolean retrieves(List<String> queryParts, List<String> listParts) {
        for (String q : queryParts) {
            for (String l : listParts) {
                if (admits(q, l)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean admits(String queryPart, String listPart) {
        if (queryPart.isEmpty() || listPart.isEmpty() || queryPart.charAt(0) != listPart.charAt(0)) {
            return false;
        }
        int longer = Math.max(queryPart.length(), listPart.length());
        return 1 - (double) levenshtein(queryPart, listPart) / longer >= MIN_SIMILARITY;
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
