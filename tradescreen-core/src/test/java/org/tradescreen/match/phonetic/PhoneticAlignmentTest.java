package org.tradescreen.match.phonetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The alignment on a hand-made table where every edit costs 1: the cost is the Levenshtein distance. */
class PhoneticAlignmentTest {

    private static final CorrespondenceTable UNIT = unitTable();

    @ParameterizedTest
    @CsvSource({"kitten, sitting, 3", "crewson, kelusen, 5", "'', abc, 3", "abc, '', 3", "'', '', 0", "hsyn, hsyn, 0"})
    void cost_underUnitCosts_isTheEditDistance(String latin, String other, float expected) {
        assertThat(Alignment.cost(UNIT, latin, other)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"kitten, sitting", "crewson, kelusen", "'', abc", "abc, ''", "hussein, hsyn"})
    void trace_stepsCoverBothKeysAndAddUpToTheCost(String latin, String other) {
        int[] latinLetters = new int[1];
        int[] otherLetters = new int[1];
        float[] cost = new float[1];
        Alignment.trace(UNIT, latin, other, new Alignment.Steps() {
            @Override
            public void substitute(int a, int b) {
                latinLetters[0]++;
                otherLetters[0]++;
                cost[0] += UNIT.substitute[a * CorrespondenceTable.LETTERS + b];
            }

            @Override
            public void delete(int a) {
                latinLetters[0]++;
                cost[0] += UNIT.delete[a];
            }

            @Override
            public void insert(int b) {
                otherLetters[0]++;
                cost[0] += UNIT.insert[b];
            }
        });

        assertThat(latinLetters[0]).isEqualTo(latin.length());
        assertThat(otherLetters[0]).isEqualTo(other.length());
        assertThat(cost[0]).isEqualTo(Alignment.cost(UNIT, latin, other));
    }

    private static CorrespondenceTable unitTable() {
        int n = CorrespondenceTable.LETTERS;
        float[] substitute = new float[n * n];
        Arrays.fill(substitute, 1);
        for (int a = 0; a < n; a++) {
            substitute[a * n + a] = 0;
        }
        float[] one = new float[n];
        Arrays.fill(one, 1);
        return new CorrespondenceTable(substitute, one, one, one, one, 0, 1);
    }
}
