package org.tradescreen.goods.cas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CAS numbers: the check digit, and finding them in text. */
class CasNumberTest {

    @ParameterizedTest
    @CsvSource({
            "39742-60-4, true", "21409-26-7, true", "23056-29-3, true", "125541-22-2, true", "1609-66-1, true",
            "7732-18-5, true", "50-00-0, true", "2167189-50-4, true",
            "1609-66-5, false", "39742-60-5, false", "7732-18-4, false",
            "1-00-0, false", "12345678-00-0, false", "39742604, false", "'', false", "CAS, false"})
    void isValid(String cas, boolean valid) {
        assertThat(CasNumber.isValid(cas)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CAS 39742-60-4 white powder | 39742-60-4:true",
            "cas no.39742-60-4; 1609-66-5 | 39742-60-4:true,1609-66-5:false",
            "(CAS#21409-26-7) | 21409-26-7:true",
            "shipped 2024-01-15, order 123-45-678 | ''",
            "tel 00-123-45-6-7 | ''",
            "2933.39 pharmaceutical intermediate | ''"})
    void findAll(String text, String expected) {
        String found = String.join(",", CasNumber.findAll(text).stream().map(f -> f.cas() + ":" + f.valid()).toList());
        assertThat(found).isEqualTo(expected);
    }
}
