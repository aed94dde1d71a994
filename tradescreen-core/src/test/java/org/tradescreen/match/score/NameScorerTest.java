package org.tradescreen.match.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradescreen.match.NameComparator;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.model.EntityType;

/** Match cases as data: each row says whether two names are one party at the default threshold. */
class NameScorerTest {

    private final NameComparator comparator = new NameComparator(NameAnalyzer.standard());

    @ParameterizedTest(name = "{0} / {1} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "Vladimir Putin|PUTIN, Vladimir Vladimirovich|person|true",
            "Jamal Sultan al-Tikriti|Jamal Mustafa Abdallah Sultan al-Tikriti|person|true",
            "Ali Saddam Hussein al-Rawi|Ali Saddam Hussein al-Tikriti|person|false",
            "Boris Vekselberg|Viktor Vekselberg|person|false",
            "Bambang Sutrisno|Bambang Sukirno|person|false",
            "Justin Trudoau|Justin Trudeau|person|true",
            "Moammar Qaddafi|Muammar Gaddafi|person|true",
            "Ted Doe|Theodore Doe|person|true",
            "Salman bin Muhammad al-Rawi|Muhammad bin Salman al-Rawi|person|false",
            "Siemens AG|Siemens Aktiengesellschaft|organization|true",
            "OAO Gazprom|Open Joint Stock Company Gazprom|organization|true",
            "Management Company|Westminster Management Company|organization|false",
            "Nikolai Plat Ono Vich Patrushev|Nikolai Platonovich Patrushev|person|true",
            "IFS|Institute of Forensic Science|organization|true",
            "习近朋|习近平|person|false",
            "张兵|ZHANG, Bing|person|true",
            "習近平|Xi Jinping|person|true",
            "鄧小平|Teng Hsiao-p'ing|person|true",
            "鄧小平|DENG Xiaoping|person|true",
            "海燕 王|WANG, Haiyan|person|true",
            "김정은|Kim Jong Un|person|true",
            "최룡해|CHOE Ryong Hae|person|true",
            "리영호|Ri Yong Ho|person|true",
            "兵 张|ZHANG, Keping|person|false",
            "成 孙|YUN, Cheng|person|false",
            "玉蘭 梁|PAO, Yu Liang|person|false",
            "陳金龍|CHOE CHUN YONG|person|false",
            "김영환|KIM YONG CHOL|person|false",
            "Ministry of Public Security's Institute of Forensic Science of China|Ministry of People's Security|organization|false",
            // kinds of variation (issue 11): initials, romanization systems, numbers, cut names, inflected endings
            "V. I. Lenin|Vladimir Ilyich Lenin|person|true",
            "VI Lenin|Vladimir Ilyich Lenin|person|true",
            "V. I. Lenin|Vladimir Ilyich Lenski|person|false",
            "Hsi Chin-p'ing|Xi Jinping|person|true",
            "Teng Hsiao-p'ing|Deng Xiaoping|person|true",
            "Chiang Ching-kuo|Jiang Jingguo|person|true",
            "Chiang Ching-kuo|Jiang Zemin|person|false",
            "Twenty-First Century Trading|21st Century Trading|organization|true",
            "Second Economic Committee|2nd Economic Committee|organization|true",
            "Second Economic Committee|Third Economic Committee|organization|false",
            "S Seven Engineering LLC|S 7 Engineering LLC|organization|true",
            "Tactical Missiles Corporation Joint Stock Compa|Tactical Missiles Corporation JSC|organization|true",
            "Mohammed Abdul Rahman Al-Hass|Mohammed Abdul Rahman al-Hassan|person|true",
            "Ali Hass|Ali Hassanein|person|false",
            "Džons Smits|John Smith|person|true",
            "Jonas Smitas|John Smith|person|true",
            "Jana Nováková|Jana Novák|person|true",
            "Evo Morillo|Evo Morales|person|false",
            "Juan Doe|John Doe|person|true",
            "Giuseppe Verdi|Joseph Verdi|person|true",
            "Jane Doe|John Doe|person|false",
            "Tactical Missiles Corporation Joynt Stock Company|Tactical Missiles Corporation JSC|organization|true",
            "Tactical Missiles Corporation Joint Stock Coapmny|Tactical Missiles Corporation JSC|organization|true",
            "PLA|People’s Liberation Army|organization|true",
            // Japanese and Chinese names of short words are not foreign names read by sound
            "零 森|SONG, Jing|person|false",
            "京助 佐藤|SONG, Jing|person|false",
            "克魯森|Crewson|person|true",
            // half of a hyphenated given name is another name; a person has no legal form
            "瑜 韩|HAN YU-RO|person|false",
            "瑞 华 姜|PAO HUA CHIANG|person|false",
            "玉 韩|HAN YU|person|true",
            // Cyrillic as the lists romanize it (BGN/PCGN; Ukrainian and Serbian by their own letters)
            "Никита Хрущёв|Nikita Khrushchev|person|true",
            "Володимир Зеленський|Volodymyr Oleksandrovych Zelenskyy|person|true",
            "Александар Вучић|Aleksandar Vucic|person|true",
            // scripts romanized letter for letter are read letter for letter; Thai by sound too
            "नरेन्द्र मोदी|Narendra Modi|person|true",
            "Նիկոլ Փաշինյան|Nikol Pashinyan|person|true",
            "रुपा खड्गी|AL-RUBA, Dr. Khadim|person|false",
            "ทักษิณ ชินวัตร|Thaksin Shinawatra|person|true"})
    void decidesLikeAnAnalyst(String a, String b, String type, boolean same) {
        double score = comparator.compare(a, b, EntityType.fromWord(type)).score();

        assertThat(score >= Tuning.DEFAULT_THRESHOLD).as("score %.3f", score).isEqualTo(same);
    }

    @Test
    void scoresAreInTheUnitIntervalAndSymmetricEnough() {
        double ab = comparator.compare("Olaf Scholz", "Olaf Schulze", EntityType.PERSON).score();
        double ba = comparator.compare("Olaf Schulze", "Olaf Scholz", EntityType.PERSON).score();

        assertThat(ab).isBetween(0.0, 1.0);
        assertThat(ab).isEqualTo(ba);
        assertThat(comparator.compare("", "Olaf", EntityType.PERSON).score()).isZero();
    }

    @Test
    void explanationAlignsTokensWithStableLabels() {
        NameMatch m = comparator.compare("Moammar Qaddafi", "Muammar Gaddafi", EntityType.PERSON);

        assertThat(m.aligned()).extracting(TokenAlignment::queryToken).containsExactlyInAnyOrder("moammar", "qaddafi");
        assertThat(m.aligned()).extracting(a -> a.kind().label()).allMatch(l -> l.equals("fuzzy") || l.equals("phonetic"));
    }

    @Test
    void anExtraWordCostsMoreForACompanyThanForAPerson() {
        double person = comparator.compare("Ali Hassan", "Ali Hassan Mahdi", EntityType.PERSON).score();
        double company = comparator.compare("Ali Hassan", "Ali Hassan Mahdi", EntityType.ORGANIZATION).score();

        assertThat(person).isGreaterThan(company);
    }
}
