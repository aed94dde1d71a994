package org.tradescreen.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BatchPageTest {

    @Test
    void downloadName_keepsOnlyHeaderSafeCharacters() {
        assertThat(BatchPage.downloadName("customers 2024.CSV")).isEqualTo("customers_2024-screened.csv");
        assertThat(BatchPage.downloadName("a\"b\r\n.csv")).isEqualTo("a_b__-screened.csv");
        assertThat(BatchPage.downloadName(null)).isEqualTo("batch-screened.csv");
    }
}
