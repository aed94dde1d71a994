/**
 * Deciding whether two names are one party: {@link org.tradescreen.match.score.NameScorer} aligns tokens
 * rated by {@link org.tradescreen.match.score.TokenSimilarity} and turns matched, partial, conflicting and
 * extra weight into a score; every constant is in {@link org.tradescreen.match.score.Tuning} with its example.
 */
@NullMarked
package org.tradescreen.match.score;

import org.jspecify.annotations.NullMarked;
