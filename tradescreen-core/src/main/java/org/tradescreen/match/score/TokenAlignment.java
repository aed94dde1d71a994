package org.tradescreen.match.score;

/**
 * One piece of an explanation: which query token(s) met which list token(s), how alike they are and
 * how that was found. Joined tokens read "plat ono vich" against "platonovich".
 */
public record TokenAlignment(String queryToken, String listToken, double similarity, MatchKind kind) {
}
