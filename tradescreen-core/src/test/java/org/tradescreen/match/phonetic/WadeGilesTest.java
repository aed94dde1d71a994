package org.tradescreen.match.phonetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WadeGilesTest {

    @ParameterizedTest(name = "{0} is also {1}")
    @CsvSource(delimiter = '|', value = {
            "hsi|xi", "chinping|jinping", "teng|deng", "hsiaoping|xiaoping", "chiang|jiang", "tsetung|zedong",
            "chou|zhou", "kuo|guo", "chang|zhang", "chingkuo|jingguo"})
    void wadeGilesIsRespeltInPinyin(String wadeGiles, String pinyin) {
        assertThat(WadeGiles.pinyin(wadeGiles)).contains(pinyin);
    }

    @Test
    void wordsThatAreNotWadeGilesSyllablesHaveNoPinyin() {
        assertThat(WadeGiles.pinyin("smith")).isEmpty();
        assertThat(WadeGiles.pinyin("jiang")).isEmpty();
        assertThat(WadeGiles.pinyin("vladimir")).isEmpty();
    }

    /**
     * The shipped syllable table is what pinyin4j's readings give. To write it again (after a pinyin4j upgrade):
     * {@code mvn -q -pl tradescreen-core test -Dtest=WadeGilesTest -Dtradescreen.writeWadeGiles=true} from the
     * project root.
     */
    @Test
    void theShippedSyllableTableIsPinyin4jsReadings() throws IOException {
        Map<String, Set<String>> computed = WadeGiles.fromPinyin4j();
        StringBuilder file = new StringBuilder("# Wade-Giles syllable (as lists write it: no tone, no apostrophe) and its"
                + " pinyin syllables, from pinyin4j; written by WadeGilesTest\n");
        computed.forEach((wg, pinyin) -> file.append(wg).append('\t').append(String.join(" ", pinyin)).append('\n'));
        Path shipped = Path.of("src/main/resources/org/tradescreen/match/phonetic", WadeGiles.RESOURCE);
        if (Boolean.getBoolean("tradescreen.writeWadeGiles")) {
            Files.writeString(shipped, file.toString(), StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(shipped, StandardCharsets.UTF_8)).isEqualTo(file.toString());
    }

    @Test
    void theWordItselfIsNotAmongItsRespellings() {
        assertThat(WadeGiles.pinyin("lin")).doesNotContain("lin");
    }
}
