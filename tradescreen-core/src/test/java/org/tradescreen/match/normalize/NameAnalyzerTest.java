package org.tradescreen.match.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The chain as a whole: table cases, then the contract every step keeps. */
class NameAnalyzerTest {

    private final NameAnalyzer analyzer = NameAnalyzer.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "公安部物证鉴定中心|gong an bu wu zheng jian ding zhong xin",
            "Ministry of Public Security's Institute of Forensic Science of China|ministry of public security institute of forensic science of china",
            "Xingtai Dong Chuang New Material Technology Co., Ltd.|xingtai dong chuang new material technology co ltd",
            "Forensic Science Institute of the Ministry of Public Security of the P.R.C.|forensic science institute of the ministry of public security of the people republic of china",
            "Natl. Assn. of Mfg. Int'l|national association of manufacturing international",
            "PUTIN, Vladimir Vladimirovich|vladimir vladimirovich putin",
            "ANGLO-CARIBBEAN CO., LTD.|anglo caribbean co ltd",
            "Siemens Aktiengesellschaft|siemens ag",
            "Siemens Aktiengeselschaft|siemens ag",
            "ООО Интер Тобако|llc inter tobako",
            "Բարակ Օբամա|barak obama",
            "L.L.C. Smith|llc smith",
            "Bowne Global Solutions Denmark, A/S|bowne global solutions denmark as",
            "Deutsche Bank's AG|deutsche bank ag",
            "Three Percenters|3 percenters",
            "Müller-Lüdenscheidt GmbH|muller ludenscheidt gmbh",
            "ＭＩＮＩＳＴＲＹ|ministry",
            "Ja'far|jafar"})
    void analyzesNamesToComparableTokens(String name, String expected) {
        assertThat(analyzer.analyze(name).text()).isEqualTo(expected);
    }

    @Test
    void legalFormsAndStopwordsAreTaggedAndKept() {
        NormalizedName n = analyzer.analyze("The Homs Refinery Company Ltd");

        assertThat(n.toString()).isEqualTo("the/stopword homs refinery co/legal_form ltd/legal_form");
    }

    @Test
    void aNameThatIsOnlyALegalFormStaysAName() {
        assertThat(analyzer.analyze("Co").kind(0)).isEqualTo(TokenKind.NAME);
    }

    @Test
    void hanIsSplitPerCharacterInItsOwnScript() {
        NormalizedName n = analyzer.analyzeInScript("习近平");

        assertThat(n.tokens()).containsExactly("习", "近", "平");
        assertThat(n.script()).isEqualTo(Character.UnicodeScript.HAN);
    }

    @Test
    void toStringListsTheSteps() {
        assertThat(analyzer.toString())
                .isEqualTo("unicodeFold > nameOrder > toLatin > punctuation > whitespace > commonWords > numberWords > legalForms > stopwords");
    }

    /** Every text step: never null, empty in gives empty out, and applying twice changes nothing. */
    @Test
    void textStepsKeepTheContract_onRandomInput() {
        LegalForms legalForms = new LegalForms();
        List<TextStep> steps = List.of(new UnicodeFold(), new NameOrder(legalForms), new ToLatin(), new Punctuation());
        Random random = new Random(42);
        String alphabet = "abcXYZ .,-'/&ÄéßЖжحسين公安部김정은 ";
        for (TextStep step : steps) {
            assertThat(step.apply("")).as(step.name()).isEmpty();
            for (int i = 0; i < 500; i++) {
                StringBuilder sb = new StringBuilder();
                for (int k = random.nextInt(20); k > 0; k--) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String once = step.apply(sb.toString());
                assertThat(once).as(step.name() + " on " + sb).isNotNull();
                if (!(step instanceof NameOrder)) {
                    assertThat(step.apply(once)).as(step.name() + " twice on " + sb).isEqualTo(once);
                }
            }
        }
    }

    @Test
    void emptyAndNullNamesGiveNoTokens() {
        assertThat(analyzer.analyze("").isEmpty()).isTrue();
        assertThat(analyzer.analyze(null).isEmpty()).isTrue();
        assertThat(analyzer.analyze(" ,.- ").isEmpty()).isTrue();
    }
}
