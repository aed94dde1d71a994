package org.tradescreen.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradescreen.match.Explanation;
import org.tradescreen.match.Feature;
import org.tradescreen.match.score.MatchKind;
import org.tradescreen.match.score.NameMatch;
import org.tradescreen.match.score.TokenAlignment;

class ExplanationsTest {

    @Test
    void token_exact_readsAsEquality() {
        assertThat(Explanations.token(new TokenAlignment("forensic", "forensic", 1, MatchKind.EXACT)))
                .isEqualTo("forensic = forensic");
    }

    @Test
    void token_fuzzy_namesTheKindAndSimilarity() {
        assertThat(Explanations.token(new TokenAlignment("forensik", "forensic", 0.917, MatchKind.FUZZY)))
                .isEqualTo("forensik ≈ forensic (fuzzy 0.92)");
    }

    @Test
    void token_patronymicOrder_readsAsNoMatch() {
        assertThat(Explanations.token(new TokenAlignment("ali", "ali", 0, MatchKind.PATRONYMIC_ORDER)))
                .isEqualTo("ali ≠ ali (patronymicOrder 0)");
    }

    @Test
    void feature_countryMatch_showsTheBonus() {
        assertThat(Explanations.feature(new Feature(Feature.Label.COUNTRY, Feature.Outcome.MATCH, 1, 0.02, "CN")))
                .isEqualTo("country matches: CN (+0.02)");
    }

    @Test
    void feature_dateOfBirthMismatch_showsTheFactor() {
        assertThat(Explanations.feature(new Feature(Feature.Label.DATE_OF_BIRTH, Feature.Outcome.MISMATCH, 0.5, 0,
                "1970 not [1962]"))).isEqualTo("date of birth mismatch: 1970 not [1962] (×0.5)");
    }

    @Test
    void feature_nearDate_hasNoEffect() {
        assertThat(Explanations.feature(new Feature(Feature.Label.DATE_OF_BIRTH, Feature.Outcome.NEAR, 1, 0,
                "1970 within a year of [1971]")))
                .isEqualTo("date of birth within a year: 1970 within a year of [1971]");
    }

    @Test
    void of_keepsLeftoversOfBothSides() {
        NameMatch name = new NameMatch(0.82, List.of(new TokenAlignment("china", "china", 1, MatchKind.EXACT)),
                List.of("bureau"), List.of("ministry", "public"));
        Explanations.Readable r = Explanations.of(new Explanation("tradescreen-v1", 0.82, name, List.of()));
        assertThat(r.tokens()).containsExactly("china = china");
        assertThat(r.onlyInQuery()).containsExactly("bureau");
        assertThat(r.onlyInList()).containsExactly("ministry", "public");
        assertThat(r.features()).isEmpty();
    }

    @Test
    void number_dropsTrailingZeros() {
        assertThat(Explanations.number(0.75)).isEqualTo("0.75");
        assertThat(Explanations.number(0.7)).isEqualTo("0.7");
        assertThat(Explanations.number(1.0)).isEqualTo("1");
        assertThat(Explanations.number(0.8206)).isEqualTo("0.82");
    }
}
