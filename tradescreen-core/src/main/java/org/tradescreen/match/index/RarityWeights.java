package org.tradescreen.match.index;

import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.tradescreen.match.normalize.TokenKind;
import org.tradescreen.match.score.TokenWeights;

/**
 * Token weights from how rare a token is among the indexed names: a token found in one name in a
 * thousand or rarer counts fully, a very common one ("mohammed", "trading") down to {@link #FLOOR} of
 * its kind's weight. Tokens the lists do not hold count fully: they are the query's own detail.
 */
final class RarityWeights implements TokenWeights {

    static final double FLOOR = 0.4;
    private static final double FULL_IDF = Math.log(1000);

    /** A word's rarity, 1 for a word not held. */
    private final ToDoubleFunction<String> rarity;

    RarityWeights(ToDoubleFunction<String> rarity) {
        this.rarity = rarity;
    }

    /** The weights of words held by so many of {@code names} names each. */
    static RarityWeights of(Map<String, Integer> holding, int names) {
        return new RarityWeights(word -> {
            Integer df = holding.get(word);
            return df == null ? 1.0 : rarity(df, names);
        });
    }

    /** The rarity of a word held by {@code df} of {@code names} names. */
    static double rarity(int df, int names) {
        double idf = Math.log((double) Math.max(names, 1) / Math.max(df, 1));
        return Math.min(1.0, FLOOR + (1 - FLOOR) * idf / FULL_IDF);
    }

    @Override
    public double weight(String token, TokenKind kind) {
        return TokenWeights.kindWeight(kind) * rarity.applyAsDouble(token);
    }
}
