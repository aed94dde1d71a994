package org.tradescreen.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "China|CN", "CN|CN", "cn|CN", "Korea, North|KP", "Iran|IR", "Burma|MM", "Russia|RU",
            "Côte d'Ivoire|CI", "Cote d'Ivoire|CI", "Trinidad and Tobago|TT", "Afghan|AF", "Tunisian|TN",
            "  united kingdom |GB", "Democratic Republic of the Congo|CD", "Germany|DE"})
    void resolvesListWordingToIsoCodes(String wording, String code) {
        assertThat(Countries.code(wording)).contains(code);
    }

    @ParameterizedTest
    @CsvSource({"Atlantis", "undetermined", "''"})
    void unknownWordingResolvesToNothing(String wording) {
        assertThat(Countries.code(wording)).isEmpty();
    }
}
