package org.tradescreen.match.phonetic;

import java.util.Arrays;

/**
 * How one script writes Latin names, learned from name pairs: the cost in nats ({@code -ln p}) of each
 * alignment step between a Latin key and a romanized key (substitute Latin letter a by romanized
 * letter b, delete a, insert b), the letter frequencies of either side alone, and a calibration that
 * turns the evidence of a pair into a score. The evidence is how much cheaper the best alignment is
 * than writing both keys independently, per letter: near zero or below for unrelated names, clearly
 * positive for a transliteration. The calibration maps the evidence at the learned cut (a set share of
 * shuffled non-pairs above it) to {@link CrossScriptSimilarity#THRESHOLD} and a typical true pair to
 * 0.9, so one threshold serves every script.
 */
public final class CorrespondenceTable {

    static final int LETTERS = 26;

    // Read in place by Alignment's inner loop; copies of the constructor's arrays, never written after.
    final float[] substitute;
    final float[] delete;
    final float[] insert;
    final float[] latinPrior;
    final float[] otherPrior;
    final double cut;
    final double spread;

    /**
     * @param substitute cost of Latin letter a opposite romanized letter b, at {@code a * 26 + b}
     * @param delete cost of a Latin letter opposite nothing
     * @param insert cost of a romanized letter opposite nothing
     * @param latinPrior cost of each letter in a Latin key on its own
     * @param otherPrior cost of each letter in a romanized key on its own
     * @param cut the evidence that scores {@link CrossScriptSimilarity#THRESHOLD}
     * @param spread evidence per unit of the logistic's argument; positive
     */
    CorrespondenceTable(float[] substitute, float[] delete, float[] insert, float[] latinPrior,
            float[] otherPrior, double cut, double spread) {
        this.substitute = costs("substitute", substitute, LETTERS * LETTERS);
        this.delete = costs("delete", delete, LETTERS);
        this.insert = costs("insert", insert, LETTERS);
        this.latinPrior = costs("latinPrior", latinPrior, LETTERS);
        this.otherPrior = costs("otherPrior", otherPrior, LETTERS);
        if (!Double.isFinite(cut)) {
            throw new IllegalArgumentException("cut must be finite, got " + cut);
        }
        if (!(spread > 0) || !Double.isFinite(spread)) {
            throw new IllegalArgumentException("spread must be positive, got " + spread);
        }
        this.cut = cut;
        this.spread = spread;
    }

    /** Per letter of both keys (neither empty), how much cheaper aligning them is than writing each alone. */
    double evidence(String latin, String other) {
        float alone = 0;
        for (int i = 0; i < latin.length(); i++) {
            alone += latinPrior[latin.charAt(i) - 'a'];
        }
        for (int i = 0; i < other.length(); i++) {
            alone += otherPrior[other.charAt(i) - 'a'];
        }
        return (alone - Alignment.cost(this, latin, other)) / (latin.length() + other.length());
    }

    /** The calibrated similarity in [0,1]; 0 when either key is empty. */
    public double score(String latin, String other) {
        if (latin.isEmpty() || other.isEmpty()) {
            return 0;
        }
        return 1 / (1 + Math.exp((cut - evidence(latin, other)) / spread));
    }

    /** The same costs with a new calibration. */
    CorrespondenceTable calibrated(double cut, double spread) {
        return new CorrespondenceTable(substitute, delete, insert, latinPrior, otherPrior, cut, spread);
    }

    private static float[] costs(String name, float[] values, int length) {
        if (values.length != length) {
            throw new IllegalArgumentException(name + " must hold " + length + " costs, got " + values.length);
        }
        for (float v : values) {
            if (!(v >= 0) || !Float.isFinite(v)) {
                throw new IllegalArgumentException(name + " costs must be finite and not negative, got " + v);
            }
        }
        return Arrays.copyOf(values, length);
    }
}
