package org.tradescreen.match.phonetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Romanization: token in, key of letters a-z out; plus the contract every step keeps. */
class PhoneticRomanizerTest {

    private static final Romanizer ROMANIZER = new Romanizer();

    @ParameterizedTest
    @CsvSource({
        // Latin: diacritics and ligatures folded, punctuation and case dropped
        "kösen, kosen",
        "Ærø, aero",
        "Əliyev, eliyev",
        "O'Brien, obrien",
        "ｋｏｓｅｎ, kosen",
        // Han and kana, spaced per character as the evaluation data has them, or not
        "克 魯 森, kelusen",
        "克魯森, kelusen",
        "公安部, gonganbu",
        "ク ル ー ソ ン, kuruson",
        "クルーソン, kuruson",
        "ﾃｽﾄ, tesuto",
        "ひなこ, hinako",
        // abjads keep their consonants and long vowels only
        "حسين, hsyn",
        "موسوي, mwswy",
        "משה, msh",
        "Путин, putin",
        "김정은, gimjeongeun",
        "Νίκος, nikos",
    })
    void romanize_writesTheTokenInLettersAtoZ(String token, String expected) {
        assertThat(ROMANIZER.romanize(token)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"'', ''", "'   ', ''", "1-2, ''", "'・', ''"})
    void romanize_withoutLetters_isEmpty(String token, String expected) {
        assertThat(ROMANIZER.romanize(token)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("anyTokens")
    void romanize_isNeverNullOnlyLettersAndIdempotent(String token) {
        String key = ROMANIZER.romanize(token);

        assertThat(key).isNotNull().matches("[a-z]*");
        assertThat(ROMANIZER.romanize(key)).isEqualTo(key);
    }

    @Test
    void romanize_asAGivenScript_usesThatScriptsTransform() {
        assertThat(ROMANIZER.romanize("克魯森", NameScript.HAN)).isEqualTo("kelusen");
        assertThat(ROMANIZER.romanize("crewson", NameScript.HAN)).isEqualTo("crewson");
    }

    /** Table inputs and seeded random strings drawn from every script the matcher knows, and some it does not. */
    static Stream<String> anyTokens() {
        int[][] ranges = {{'a', 'z'}, {0xC0, 0x24F}, {0x400, 0x4FF}, {0x5D0, 0x5EA}, {0x621, 0x64A}, {0x3041, 0x30FF},
            {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3}, {0x370, 0x3FF}, {0xE01, 0xE3A}, {0x20, 0x40}, {0xFF01, 0xFF5E}};
        Random random = new Random(42);
        List<String> tokens = new ArrayList<>(List.of("kösen", "克 魯 森", "حسين", "", " ", "ー", "ッ"));
        for (int t = 0; t < 200; t++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                int[] range = ranges[random.nextInt(ranges.length)];
                b.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
            }
            tokens.add(b.toString());
        }
        return tokens.stream();
    }
}
