package org.tradescreen.lists.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListDatesTest {

    @Test
    void years_ofARange() {
        assertThat(ListDates.years("1960", " 1962 ")).extracting(d -> d.year()).containsExactly(1960, 1961, 1962);
    }

    /** Found by ListFormatsFuzzTest: a UN FROM_YEAR "193;" escaped as NumberFormatException, "0005" as a bad date. */
    @Test
    void years_whoseEndsAreNotYears_areNone() {
        assertThat(ListDates.years("193;", "1962")).isEmpty();
        assertThat(ListDates.years("0005", "0007")).isEmpty();
        assertThat(ListDates.years("1960", "")).isEmpty();
    }
}
