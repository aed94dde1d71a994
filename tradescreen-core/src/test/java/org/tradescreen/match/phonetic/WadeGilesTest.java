package org.tradescreen.match.phonetic;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void theWordItselfIsNotAmongItsRespellings() {
        assertThat(WadeGiles.pinyin("lin")).doesNotContain("lin");
    }
}
