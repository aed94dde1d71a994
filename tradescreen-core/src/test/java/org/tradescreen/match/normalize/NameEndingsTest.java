package org.tradescreen.match.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameEndingsTest {

    @ParameterizedTest(name = "{0} has stem {1}")
    @CsvSource(delimiter = '|', value = {
            "smitas|smit", "smits|smit", "jonas|jon", "petraitis|petrait", "kazlauskiene|kazlausk",
            "jankauskaite|jankausk", "novakova|novak", "dzons|jon", "dzhokhar|jokhar", "antanavicius|antanavic"})
    void stripsBalticAndSlavicEndings(String word, String stem) {
        assertThat(NameEndings.stems(word)).contains(stem);
    }

    @Test
    void shortWordsAndWordsWithoutAnEndingHaveNone() {
        assertThat(NameEndings.stems("ivan")).isEmpty();
        assertThat(NameEndings.stems("ras")).isEmpty();
        assertThat(NameEndings.stems("maria")).isEmpty();
        assertThat(NameEndings.stems("21st")).isEmpty();
    }

    @Test
    void aStemKeepsThreeLetters() {
        assertThat(NameEndings.stems("ivas")).allMatch(s -> s.length() >= 3);
    }
}
