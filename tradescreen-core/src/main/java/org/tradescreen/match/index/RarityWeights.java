package org.tradescreen.match.index;

import java.util.Map;
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

    private final Map<String, Integer> vocabulary;
    private final double[] rarity;

    RarityWeights(Map<String, Integer> vocabulary, int[] df, int names) {
        this(vocabulary, rarities(df, names));
    }

    /** Weights as read back from an {@link IndexFile}: each word of {@code vocabulary} has its rarity at its number. */
    RarityWeights(Map<String, Integer> vocabulary, double[] rarity) {
        this.vocabulary = vocabulary;
        this.rarity = rarity;
    }

    private static double[] rarities(int[] df, int names) {
        double[] rarity = new double[df.length];
        for (int t = 0; t < df.length; t++) {
            double idf = Math.log((double) Math.max(names, 1) / Math.max(df[t], 1));
            rarity[t] = Math.min(1.0, FLOOR + (1 - FLOOR) * idf / FULL_IDF);
        }
        return rarity;
    }

    /** The words weighed, by number. */
    Map<String, Integer> vocabulary() {
        return vocabulary;
    }

    double rarity(int word) {
        return rarity[word];
    }

    @Override
    public double weight(String token, TokenKind kind) {
        Integer t = vocabulary.get(token);
        return TokenWeights.kindWeight(kind) * (t == null ? 1.0 : rarity[t]);
    }
}
