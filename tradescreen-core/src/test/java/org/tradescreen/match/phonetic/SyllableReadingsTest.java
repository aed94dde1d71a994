package org.tradescreen.match.phonetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyllableReadingsTest {

    @ParameterizedTest(name = "{0} spelt {1}")
    @CsvSource({
            "張, chang", "张, zhang", "單, shan", "單, dan", "小, hsiao", "吕, lu", "吕, lyu",
            "정, jeong", "정, chung", "정, jong", "이, lee", "박, park", "최, choe", "최, choi", "영, young", "룡, ryong"})
    void aSyllableHasEveryReadingListsUse(String character, String spelling) {
        assertThat(SyllableReadings.of(character).words().get(0).get(0)).contains(spelling);
    }

    @ParameterizedTest(name = "{0} spelt {1}")
    @CsvSource({"王 海燕, haiyan", "김 영호, yongho", "鄧 小平, hsiaoping", "習 近平, chinping", "김 정은, jongun"})
    void aWordIsSpeltByItsSyllablesWrittenTogether(String name, String spelling) {
        SyllableReadings.Syllables s = SyllableReadings.of(name);
        assertThat(SyllableReadings.spells(s.words().get(1), 0, s.words().get(1).size(), spelling)).isTrue();
    }

    @Test
    void aNearSpellingIsNotASpelling() {
        SyllableReadings.Syllables sun = SyllableReadings.of("孙");
        assertThat(SyllableReadings.spells(sun.words().get(0), 0, 1, "sun")).isTrue();
        assertThat(SyllableReadings.spells(sun.words().get(0), 0, 1, "yun")).isFalse();
    }

    @Test
    void aNameRunTogetherIsCutAfterItsFamilyName() {
        assertThat(SyllableReadings.of("李明宗").words()).extracting(w -> w.size()).containsExactly(1, 2);
        assertThat(SyllableReadings.of("欧阳娜娜").words()).extracting(w -> w.size()).containsExactly(2, 2);
        assertThat(SyllableReadings.of("김정은").words()).extracting(w -> w.size()).containsExactly(1, 2);
    }

    @Test
    void aSpacedNameWithAFamilyNameIsAPersonsAForeignNameIsNot() {
        assertThat(SyllableReadings.of("玉英 張").personal()).isTrue();
        assertThat(SyllableReadings.of("巴拉克 奥巴马").personal()).isFalse();
        assertThat(SyllableReadings.of("克魯森").personal()).isFalse();
    }

    @Test
    void onlyNamesAllInHanOrAllInHangulAreRead() {
        assertThat(SyllableReadings.of("Wang 海燕")).isNull();
        assertThat(SyllableReadings.of("김 海燕")).isNull();
        assertThat(SyllableReadings.of("バラク")).isNull();
    }
}
