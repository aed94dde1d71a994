package org.tradescreen.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BatchPageTest {

    @Test
    void cell_formulaLikeText_isDefused() {
        assertThat(BatchPage.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(BatchPage.cell("+1")).isEqualTo("'+1");
        assertThat(BatchPage.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void cell_plainText_isKept() {
        assertThat(BatchPage.cell("ACME = Ltd")).isEqualTo("ACME = Ltd");
        assertThat(BatchPage.cell("")).isEmpty();
        assertThat(BatchPage.cell(null)).isEmpty();
    }

    @Test
    void downloadName_keepsOnlyHeaderSafeCharacters() {
        assertThat(BatchPage.downloadName("customers 2024.CSV")).isEqualTo("customers_2024-screened.csv");
        assertThat(BatchPage.downloadName("a\"b\r\n.csv")).isEqualTo("a_b__-screened.csv");
        assertThat(BatchPage.downloadName(null)).isEqualTo("batch-screened.csv");
    }
}
