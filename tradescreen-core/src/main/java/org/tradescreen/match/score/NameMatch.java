package org.tradescreen.match.score;

import java.util.List;

/**
 * The comparison of a query name with a list name: the score in [0,1] and its explanation, the aligned
 * tokens and the tokens each side has that the other lacks.
 */
public record NameMatch(double score, List<TokenAlignment> aligned, List<String> unmatchedQuery,
                        List<String> unmatchedList) {

    public static final NameMatch NONE = new NameMatch(0, List.of(), List.of(), List.of());
}
