package org.tradescreen.match.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.tradescreen.match.ofac.OfacScoreFixtures.Agreement;
import org.tradescreen.match.ofac.OfacScoreFixtures.Row;
import org.tradescreen.match.ofac.OfacScoreFixtures.Scored;
import org.tradescreen.testkit.NeedsEvaluationSets;

/**
 * 5-fold cross-validation of the fitted constants ({@link OfacScoreTuning}). Folds hold whole queries,
 * since rows of one query share its parts; each fold picks the tuning with most training rows within
 * ±5 (then lowest error) and is judged on its held-out queries.
 */
@NeedsEvaluationSets
class OfacScoreCrossValidationTest {

    private static final int FOLDS = 5;
    private static final long SEED = 42;

    private static final Comparator<Agreement> BETTER =
            Comparator.comparingInt(Agreement::agreeing).thenComparing(Agreement::meanAbsoluteError, Comparator.reverseOrder());

    @Test
    void fittedConstants_holdOnUnseenQueries() {
        List<Row> rows = OfacScoreFixtures.load();
        List<String> queries = new ArrayList<>(new TreeSet<>(rows.stream().map(Row::query).toList()));
        Collections.shuffle(queries, new Random(SEED));
        Map<String, Integer> fold = new HashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            fold.put(queries.get(i), i % FOLDS);
        }

        List<OfacScoreTuning> grid = new ArrayList<>();
        for (int prefixCap = 4; prefixCap <= 6; prefixCap++) {
            for (int shortPart = 1; shortPart <= 3; shortPart++) {
                grid.add(new OfacScoreTuning(prefixCap, shortPart));
            }
        }

        List<Scored> heldOut = new ArrayList<>();
        for (int k = 0; k < FOLDS; k++) {
            int test = k;
            List<Row> training = rows.stream().filter(r -> fold.get(r.query()) != test).toList();
            List<Row> testing = rows.stream().filter(r -> fold.get(r.query()) == test).toList();
            OfacScoreTuning chosen = grid.stream()
                    .max(Comparator.comparing(t -> agreement(training, t), BETTER))
                    .orElseThrow();
            List<Scored> foldScores = OfacScoreFixtures.score(testing, new OfacNameScore(chosen)::score);
            heldOut.addAll(foldScores);
            System.out.printf("fold %d: chose %s; training %s; held out %s%n", k, chosen,
                    agreement(training, chosen), OfacScoreFixtures.agreement(foldScores));
        }
        Agreement pooled = OfacScoreFixtures.agreement(heldOut);
        System.out.println("held out, pooled: " + pooled);
        System.out.println("fit on all rows with " + OfacScoreTuning.DEFAULT + ": "
                + agreement(rows, OfacScoreTuning.DEFAULT));

        assertThat(pooled.rows()).isEqualTo(rows.size());
        assertThat(pooled.share()).isGreaterThanOrEqualTo(0.90);
    }

    private static Agreement agreement(List<Row> rows, OfacScoreTuning tuning) {
        return OfacScoreFixtures.agreement(OfacScoreFixtures.score(rows, new OfacNameScore(tuning)::score));
    }
}
