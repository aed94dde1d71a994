package org.tradescreen.match.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link JaroWinkler}: the textbook values, and the two details that differ from commons-text. */
class OfacScoreJaroWinklerTest {

    private static final JaroWinkler WINKLER = new JaroWinkler(4);
    private static final JaroWinkler OFAC = new JaroWinkler(OfacScoreTuning.DEFAULT.prefixCap());

    @Test
    void jaro_textbookPairs() {
        assertThat(JaroWinkler.jaro("MARTHA", "MARHTA")).isCloseTo(0.9444, within(1e-4));
        assertThat(JaroWinkler.jaro("DWAYNE", "DUANE")).isCloseTo(0.8222, within(1e-4));
        assertThat(JaroWinkler.jaro("DIXON", "DICKSONX")).isCloseTo(0.7667, within(1e-4));
    }

    @Test
    void jaroWinkler_textbookPairsWithWinklersCap() {
        assertThat(WINKLER.similarity("MARTHA", "MARHTA")).isCloseTo(0.9611, within(1e-4));
        assertThat(WINKLER.similarity("DWAYNE", "DUANE")).isCloseTo(0.8400, within(1e-4));
        assertThat(WINKLER.similarity("DIXON", "DICKSONX")).isCloseTo(0.8133, within(1e-4));
    }

    @Test
    void transpositions_stayFractional() {
        assertThat(JaroWinkler.jaro("ABCD", "ACBD")).isCloseTo((1 + 1 + 3.0 / 4) / 3, within(1e-9));
        // Three matched characters out of order are 1.5 transpositions, not 1.
        assertThat(JaroWinkler.jaro("AAAABC", "AAABCA")).isCloseTo((1 + 1 + 4.5 / 6) / 3, within(1e-9));
    }

    @Test
    void prefixBonus_appliesBelowSevenTenths() {
        String a = "VLADIMIRPUTIN";
        String b = "VLADIMIROVKAADVANCEDWEAPONSANDRESEARCHCOMPLEX";
        double jaro = JaroWinkler.jaro(a, b);
        assertThat(jaro).isLessThan(0.7);
        assertThat(OFAC.similarity(a, b)).isCloseTo(jaro + 0.5 * (1 - jaro), within(1e-9));
    }

    @Test
    void prefixBonus_cappedAtTheTuning() {
        double jaro = JaroWinkler.jaro("VLADIMIRPUTIN", "VLADIMIRBILIY");
        assertThat(WINKLER.similarity("VLADIMIRPUTIN", "VLADIMIRBILIY")).isCloseTo(jaro + 0.4 * (1 - jaro), within(1e-9));
        assertThat(OFAC.similarity("VLADIMIRPUTIN", "VLADIMIRBILIY")).isCloseTo(jaro + 0.5 * (1 - jaro), within(1e-9));
    }

    @Test
    void edges_emptyDisjointIdentical() {
        assertThat(OFAC.similarity("", "")).isZero();
        assertThat(OFAC.similarity("PUTIN", "")).isZero();
        assertThat(OFAC.similarity("ABC", "XYZ")).isZero();
        assertThat(OFAC.similarity("PUTIN", "PUTIN")).isEqualTo(1.0);
        assertThat(OFAC.similarity("Z", "Z")).isEqualTo(1.0);
    }

    @Test
    void random_symmetricAndBetweenZeroAndOne() {
        Random random = new Random(42);
        for (int n = 0; n < 2000; n++) {
            String a = randomWord(random);
            String b = randomWord(random);
            double ab = OFAC.similarity(a, b);
            assertThat(ab).as("%s/%s", a, b).isBetween(0.0, 1.0).isCloseTo(OFAC.similarity(b, a), within(1e-9));
        }
    }

    private static String randomWord(Random random) {
        StringBuilder word = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            word.append((char) ('A' + random.nextInt(6)));
        }
        return word.toString();
    }
}
