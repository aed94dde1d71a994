package org.tradescreen.match.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CommonWordsTest {

    private final NameAnalyzer analyzer = NameAnalyzer.standard();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "Xingtai Dongchuang New Material Tech Co Ltd|Xingtai Dongchuang New Material Technology Co., Ltd.",
            "Hubei Vast Chem Co|Hubei Vast Chemical Co",
            "National Iranian Oil Co|Natl. Iranian Oil Co",
            "American Society of Mechanical Engineers Assn|American Society of Mechanical Engineers Association",
            "Ministry of Public Security of the PRC|Ministry of Public Security of the People's Republic of China",
            "Embassy of the DPRK|Embassy of the Democratic People's Republic of Korea",
            "U.K. Trading|United Kingdom Trading",
            "Emirates Steel UAE|Emirates Steel United Arab Emirates",
            "Intl Biotech Labs|International Biotechnology Laboratories"})
    void abbreviationsAndTheirLongFormsAnalyzeAlike(String a, String b) {
        assertThat(analyzer.analyze(a).text()).isEqualTo(analyzer.analyze(b).text());
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', value = {
            "Republic of Korea|Democratic People's Republic of Korea",
            "Saint Petersburg Trading|Street Petersburg Trading",
            "China Ocean Shipping|People's Republic of China Ocean Shipping",
            "Shanghai Industries|Shanghai Industrial"})
    void differentThingsStayDifferent(String a, String b) {
        assertThat(analyzer.analyze(a).text()).isNotEqualTo(analyzer.analyze(b).text());
    }

    @Test
    void theWordsStayNamesAndTheRestOfTheChainStillRuns() {
        assertThat(analyzer.analyze("The Tehran Technology Institute Ltd").toString())
                .isEqualTo("the/stopword tehran technology institute ltd/legal_form");
    }
}
