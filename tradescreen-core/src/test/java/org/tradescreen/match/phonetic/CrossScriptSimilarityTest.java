package org.tradescreen.match.phonetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Match cases as data, and the similarity's contract: [0,1], symmetric, 0 for empty tokens, never null. */
class CrossScriptSimilarityTest {

    private static final CrossScriptSimilarity SIMILARITY = CrossScriptSimilarity.standard();

    @ParameterizedTest
    @CsvSource({
        "crewson, 克 魯 森", "crewson, 克魯森", "crewson, クルーソン", "kuruson, クルーソン",
        "hussein, حسين", "musawi, موسوي", "mohamed, محمد", "ahmed, أحمد", "kösen, كوزن",
        "moshe, משה", "david, דוד",
        "putin, Путин", "vladimir, Владимир", "alexander, Александр",
        "kim, 김", "jong, 정", "jinping, 近平", "yamada, ヤマダ",
        "nikos, Νίκος",
    })
    void similarity_transliterations_reachTheThreshold(String latin, String other) {
        assertThat(SIMILARITY.similarity(latin, other)).isGreaterThanOrEqualTo(CrossScriptSimilarity.THRESHOLD);
    }

    @ParameterizedTest
    @CsvSource({
        "crewson, حسين", "putin, 克魯森", "moshe, Путин", "hussein, クルーソン", "vladimir, 김정은", "david, موسوي",
    })
    void similarity_differentNames_stayUnderTheThreshold(String latin, String other) {
        assertThat(SIMILARITY.similarity(latin, other)).isLessThan(CrossScriptSimilarity.THRESHOLD);
    }

    @Test
    void similarity_emptyOrLetterlessToken_isZero() {
        assertThat(SIMILARITY.similarity("", "克魯森")).isZero();
        assertThat(SIMILARITY.similarity("crewson", "")).isZero();
        assertThat(SIMILARITY.similarity("", "")).isZero();
        assertThat(SIMILARITY.similarity("1-2", "３")).isZero();
    }

    @ParameterizedTest
    @MethodSource("tokenPairs")
    void similarity_isInUnitIntervalAndSymmetric(String a, String b) {
        double ab = SIMILARITY.similarity(a, b);

        assertThat(ab).isBetween(0.0, 1.0);
        assertThat(SIMILARITY.similarity(b, a)).isEqualTo(ab);
    }

    @Test
    void similarity_spacedAndUnspacedNativeTokens_scoreTheSame() {
        assertThat(SIMILARITY.similarity("tucholsky", "ト ゥ ホ ル ス キ ー"))
                .isEqualTo(SIMILARITY.similarity("tucholsky", "トゥホルスキー"));
    }

    @Test
    void prepare_givesTheKeyOnceAndRefusesNull() {
        PhoneticToken token = SIMILARITY.prepare("Путин");

        assertThat(token).isEqualTo(new PhoneticToken("Путин", NameScript.CYRILLIC, "putin"));
        assertThat(SIMILARITY.similarity(SIMILARITY.prepare("putin"), token))
                .isEqualTo(SIMILARITY.similarity("putin", "Путин"));
        assertThatThrownBy(() -> SIMILARITY.prepare(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void similarity_sameSideTokens_useThePooledTable() {
        assertThat(SIMILARITY.similarity("ivan", "iwan")).isGreaterThanOrEqualTo(CrossScriptSimilarity.THRESHOLD);
        assertThat(SIMILARITY.similarity("ivan", "petrov")).isLessThan(CrossScriptSimilarity.THRESHOLD);
        assertThat(SIMILARITY.similarity("محمد", "محمد")).isGreaterThanOrEqualTo(CrossScriptSimilarity.THRESHOLD);
    }

    static Stream<Arguments> tokenPairs() {
        List<String> tokens = List.of("crewson", "克魯森", "حسين", "Путин", "משה", "김정은", "クルーソン", "Νίκος", "ivan",
                "", "x", "a-b", "Ærø");
        return tokens.stream().flatMap(a -> tokens.stream().map(b -> Arguments.of(a, b)));
    }
}
