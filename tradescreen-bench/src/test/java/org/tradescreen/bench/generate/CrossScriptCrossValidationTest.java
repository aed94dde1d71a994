package org.tradescreen.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradescreen.bench.generate.CrossScriptData.Rates;
import org.tradescreen.match.phonetic.CorrespondenceTable;
import org.tradescreen.match.phonetic.CorrespondenceTrainer;
import org.tradescreen.match.phonetic.CrossScriptSimilarity;
import org.tradescreen.testkit.NeedsEvaluationSets;

/**
 * Whether learning the tables generalises: five-fold cross-validation on the development files. Row i
 * is in fold i mod 5; for each fold a table is learned and calibrated on the other four folds exactly as
 * the generator does, then scores every pair of the fold and its agreed non-pair at
 * {@link CrossScriptSimilarity#THRESHOLD} (with that table, even for the few rows whose native token is
 * in another script). These are the figures to expect on unseen names.
 */
@NeedsEvaluationSets
class CrossScriptCrossValidationTest {

    private static final int FOLDS = 5;
    private static final Map<CrossScriptData.Set, double[][]> SCORES = new EnumMap<>(CrossScriptData.Set.class);

    @BeforeAll
    static void crossValidate() {
        for (CrossScriptData.Set set : CrossScriptData.Set.values()) {
            CrossScriptData.Prepared rows = CrossScriptData.prepared(set);
            int n = rows.size();
            int[] partner = CrossScriptData.nonPairPartners(n);
            double[] pairs = new double[n];
            double[] nonPairs = new double[n];
            for (int fold = 0; fold < FOLDS; fold++) {
                int heldOut = fold;
                CorrespondenceTable table = CorrespondenceTrainer.train(
                        CorrespondenceTableGenerator.trainingPairs(set, rows, i -> i % FOLDS != heldOut));
                for (int i = fold; i < n; i += FOLDS) {
                    pairs[i] = table.score(rows.latin()[i].key(), rows.other()[i].key());
                    nonPairs[i] = table.score(rows.latin()[i].key(), rows.other()[partner[i]].key());
                }
            }
            SCORES.put(set, new double[][] {pairs, nonPairs});
            Rates r = Rates.at(pairs, nonPairs, CrossScriptSimilarity.THRESHOLD);
            System.out.printf("held-out %-8s pairs %,6d  recall %.4f  false positives %.4f%n", set, r.pairs(), r.recall(),
                    r.falsePositiveRate());
        }
    }

    @ParameterizedTest
    @CsvSource({"ARABIC, 0.95", "CHINESE, 0.91", "HEBREW, 0.96", "KATAKANA, 0.95", "KOREAN, 0.82", "RUSSIAN, 0.95"})
    void heldOutFolds_atTheThreshold_recallPairsAndRejectNonPairs(CrossScriptData.Set set, double recallFloor) {
        double[][] scores = SCORES.get(set);
        Rates r = Rates.at(scores[0], scores[1], CrossScriptSimilarity.THRESHOLD);

        assertThat(r.falsePositiveRate()).as("false-positive rate, %s", set).isLessThanOrEqualTo(0.01);
        assertThat(r.recall()).as("recall, %s", set).isGreaterThanOrEqualTo(recallFloor);
    }

    @Test
    void heldOutFolds_pooledOverAllScripts_recallAtLeast94PercentAtUnder1PercentFalsePositives() {
        double[] pairs = SCORES.values().stream().flatMapToDouble(s -> Arrays.stream(s[0])).toArray();
        double[] nonPairs = SCORES.values().stream().flatMapToDouble(s -> Arrays.stream(s[1])).toArray();
        Rates r = Rates.at(pairs, nonPairs, CrossScriptSimilarity.THRESHOLD);
        System.out.printf("held-out pooled   pairs %,6d  recall %.4f  false positives %.4f%n", r.pairs(), r.recall(),
                r.falsePositiveRate());

        assertThat(r.falsePositiveRate()).isLessThanOrEqualTo(0.01);
        assertThat(r.recall()).isGreaterThanOrEqualTo(0.94);
    }
}
