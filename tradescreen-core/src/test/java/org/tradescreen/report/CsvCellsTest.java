package org.tradescreen.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void safe_formulaLikeText_isDefused() {
        assertThat(CsvCells.safe("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(CsvCells.safe("+1")).isEqualTo("'+1");
        assertThat(CsvCells.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.safe("\tx")).isEqualTo("'\tx");
    }

    @Test
    void safe_plainText_isKept() {
        assertThat(CsvCells.safe("ACME = Ltd")).isEqualTo("ACME = Ltd");
        assertThat(CsvCells.safe("0.912")).isEqualTo("0.912");
        assertThat(CsvCells.safe("")).isEmpty();
        assertThat(CsvCells.safe(null)).isEmpty();
    }
}
