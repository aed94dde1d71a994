package org.tradescreen.match.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenSimilarityTest {

    @ParameterizedTest
    @CsvSource({
            "putin, putin, exact, 1.0",
            "anglea, angela, fuzzy, 0.833",
            "uun, un, fuzzy, 0.8",
            "ted, theodore, nickname, 0.9",
            "a, alexander, initial, 0.75",
            "sutrisno, sukirno, fuzzy, 0.0",
            "2005, 2006, fuzzy, 0.0",
            "rotebnerg, rotenberg, fuzzy, 0.889",
            "sima, sami, fuzzy, 0.0"})
    void ratesTokenPairs(String a, String b, String kind, double similarity) {
        TokenSimilarity.Result r = TokenSimilarity.compare(a, null, b, null);

        assertThat(r.similarity()).isCloseTo(similarity, org.assertj.core.data.Offset.offset(0.001));
        if (similarity > 0) {
            assertThat(r.kind().label()).isEqualTo(kind);
        }
    }
}
