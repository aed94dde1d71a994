package org.tradescreen.match.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWordsTest {

    private final NameAnalyzer analyzer = NameAnalyzer.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Three Percenters|3 percenters",
            "Twenty-First Century Fox|21 century fox",
            "21st Century Fox|21 century fox",
            "Fifth Avenue|5 avenue",
            "One Hundred and Five Trading|105 trading",
            "one hundred five trading|105 trading",
            "Second Economic Committee|2 economic committee",
            "Kim Jong Un|kim jong un",
            "FU YUAN YU 008|fu yuan yu 8",
            "Plant 0|plant 0",
            "Elf Aquitaine|elf aquitaine"})
    void numbersAreWrittenAsDigits(String name, String analyzed) {
        assertThat(analyzer.analyze(name).text()).isEqualTo(analyzed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Twenty", "First"})
    void aNameThatIsOnlyANumberWordIsStillANumber(String name) {
        assertThat(analyzer.analyze(name).kind(0)).isEqualTo(TokenKind.NUMBER);
    }
}
