package org.tradescreen.match.phonetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Script detection: token in, {@link NameScript} out. */
class PhoneticNameScriptTest {

    @ParameterizedTest
    @CsvSource({
        "crewson, LATIN",
        "Kösen, LATIN",
        "ʻOkina, LATIN",
        "克魯森, HAN",
        "克 魯 森, HAN",
        "クルーソン, KANA",
        "ひなこ, KANA",
        "山田たろう, KANA",
        "حسين, ARABIC",
        "משה, HEBREW",
        "Путин, CYRILLIC",
        "김정은, HANGUL",
        "Νίκος, OTHER",
        "สมชาย, OTHER",
        "'', OTHER",
        "1-2, OTHER",
    })
    void of_classesTheTokenByItsLetters(String token, NameScript expected) {
        assertThat(NameScript.of(token)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"Müller-Иванов, LATIN", "Ивановa, CYRILLIC"})
    void of_mixedScripts_theMajorityWins(String token, NameScript expected) {
        assertThat(NameScript.of(token)).isEqualTo(expected);
    }
}
