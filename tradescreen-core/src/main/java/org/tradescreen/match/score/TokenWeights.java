package org.tradescreen.match.score;

import org.tradescreen.match.normalize.TokenKind;

/**
 * How much a token counts. Pairwise comparison uses {@link #BY_KIND}; the screening index uses token
 * rarity on top (a common "mohammed" or "trading" says less than a rare surname).
 */
@FunctionalInterface
public interface TokenWeights {

    double weight(String token, TokenKind kind);

    /** Weights by token kind alone. */
    TokenWeights BY_KIND = (token, kind) -> kindWeight(kind);

    static double kindWeight(TokenKind kind) {
        return switch (kind) {
            case NAME -> Tuning.NAME_WEIGHT;
            case NUMBER -> Tuning.NUMBER_WEIGHT;
            case LEGAL_FORM -> Tuning.LEGAL_FORM_WEIGHT;
            case STOPWORD -> Tuning.STOPWORD_WEIGHT;
        };
    }
}
