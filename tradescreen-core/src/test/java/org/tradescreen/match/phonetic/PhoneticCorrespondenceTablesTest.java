package org.tradescreen.match.phonetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped resource: present, small, readable back to the same text, and it learned what linguists know. */
class PhoneticCorrespondenceTablesTest {

    private static final CorrespondenceTables SHIPPED = CorrespondenceTables.shipped();

    @Test
    void shipped_hasItsOwnTableForEachOfTheSixScripts() {
        for (NameScript script : new NameScript[] {NameScript.ARABIC, NameScript.CYRILLIC, NameScript.HAN,
            NameScript.HANGUL, NameScript.HEBREW, NameScript.KANA}) {
            assertThat(SHIPPED.forScript(script)).as("%s", script).isNotSameAs(SHIPPED.forScript(NameScript.OTHER));
        }
    }

    @Test
    void shipped_resourceStaysUnder100KB() throws IOException {
        try (InputStream in = CorrespondenceTables.class.getResourceAsStream(CorrespondenceTables.RESOURCE)) {
            assertThat(in.readAllBytes().length).isLessThan(100_000);
        }
    }

    @Test
    void writeThenRead_givesTheSameText() throws IOException {
        StringBuilder written = new StringBuilder();
        SHIPPED.write(written);
        StringBuilder rewritten = new StringBuilder();
        CorrespondenceTables.read(new BufferedReader(new StringReader(written.toString())), "written").write(rewritten);

        assertThat(rewritten.toString()).isEqualTo(written.toString());
    }

    @Test
    void read_damagedText_failsNamingSourceAndLine() {
        String text = "# comment\ntable HAN\ncalibration 0.1\n";

        assertThatThrownBy(() -> CorrespondenceTables.read(new BufferedReader(new StringReader(text)), "damaged.txt"))
                .hasMessage("damaged.txt line 3: 'calibration' takes 2 values, got 1");
        assertThatThrownBy(() -> CorrespondenceTables.read(new BufferedReader(new StringReader("table GREEK\n")), "x"))
                .hasMessage("x line 1: unknown script 'GREEK'");
        assertThatThrownBy(() -> CorrespondenceTables.read(new BufferedReader(new StringReader("")), "empty"))
                .hasMessageContaining("pooled table (OTHER) is missing");
    }

    /**
     * The learned costs agree with the confusions known from transliteration practice: Han, Hangul and
     * Katakana have no r/l contrast, Katakana writes v as b, Arabic writes p as b and drops short vowels,
     * Russian writes h as g or kh. Each row: script, Latin letter, romanized letter it should take
     * cheaply, and a romanized letter it should not.
     */
    @ParameterizedTest
    @CsvSource({
        "HAN, r, l, m", "HANGUL, r, l, m", "KANA, l, r, m", "KANA, v, b, m",
        "ARABIC, p, b, m", "HEBREW, v, b, m", "CYRILLIC, h, g, m", "HAN, x, k, m",
    })
    void shipped_substitutesKnownConfusionsCheaply(NameScript script, char latin, char cheap, char dear) {
        CorrespondenceTable table = SHIPPED.forScript(script);
        int row = (latin - 'a') * CorrespondenceTable.LETTERS;

        assertThat(table.substitute[row + cheap - 'a']).isLessThan(table.substitute[row + dear - 'a'] - 2);
    }

    @Test
    void shipped_arabicDropsShortVowelsCheaplyAndConsonantsDearly() {
        CorrespondenceTable arabic = SHIPPED.forScript(NameScript.ARABIC);

        assertThat(arabic.delete['e' - 'a']).isLessThan(arabic.delete['k' - 'a'] - 2);
    }
}
