package org.tradescreen.match.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Prefilter}: FAQ 249's first-letter and 50% edit-distance rule. */
class OfacScorePrefilterTest {

    @Test
    void levenshtein_knownDistances() {
        assertThat(Prefilter.levenshtein("KITTEN", "SITTING")).isEqualTo(3);
        assertThat(Prefilter.levenshtein("", "ABC")).isEqualTo(3);
        assertThat(Prefilter.levenshtein("PUTIN", "PUTIN")).isZero();
        assertThat(Prefilter.levenshtein("PUTIN", "PUTNI")).isEqualTo(2);
    }

    @Test
    void admits_sameFirstLetterAndHalfSimilar() {
        assertThat(Prefilter.admits("PUTIN", "PUTINA")).isTrue();
        assertThat(Prefilter.admits("LADEN", "LADIN")).isTrue();
        // Exactly 50% similar passes: "at least 50%".
        assertThat(Prefilter.admits("PUTINPUTIN", "PUTIN")).isTrue();
    }

    @Test
    void admits_rejectsOtherFirstLetterOrTooFar() {
        assertThat(Prefilter.admits("PUTIN", "TURIN")).isFalse();
        assertThat(Prefilter.admits("OSAMA", "USAMA")).isFalse();
        assertThat(Prefilter.admits("BUSH", "BOUTROS")).isFalse();
        assertThat(Prefilter.admits("ALQAEDA", "AL")).isFalse();
        assertThat(Prefilter.admits("", "AL")).isFalse();
    }

    @Test
    void retrieves_whenAnyPairPasses() {
        assertThat(Prefilter.retrieves(List.of("PUTIN", "VLADIMIR"), List.of("TURIN", "VLADIMIR"))).isTrue();
        assertThat(Prefilter.retrieves(List.of("ALQAEDA"), List.of("AL", "QAEDA"))).isFalse();
        assertThat(Prefilter.retrieves(List.of("GEORGE", "BUSH"), List.of("PUTIN", "VLADIMIR"))).isFalse();
        assertThat(Prefilter.retrieves(List.of(), List.of("PUTIN"))).isFalse();
    }
}
