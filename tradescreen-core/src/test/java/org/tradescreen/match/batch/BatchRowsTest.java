package org.tradescreen.match.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.Iterator;
import org.junit.jupiter.api.Test;
import org.tradescreen.io.BoundedReader;

/** CSV that commons-csv refuses is an input error naming the file and the line (found by BatchRowsFuzzTest). */
class BatchRowsTest {

    private static Iterator<BatchRow> csv(String text) throws IOException {
        return BatchRows.csv(BoundedReader.records(new StringReader(text), "parties.csv", 4096), "parties.csv");
    }

    @Test
    void aHeaderWithABlankName_isAnInputErrorOnLine1() {
        assertThatThrownBy(() -> csv("name,,country\nACME,x,GB\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("parties.csv:1: the header is not usable CSV: ");
    }

    @Test
    void aQuoteLeftOpen_isAnInputErrorOnTheLineItStarts() throws IOException {
        Iterator<BatchRow> rows = csv("name,country\nBeta,GB\n\"ACME,GB\nGamma,FR\n");

        assertThat(rows.next().name()).isEqualTo("Beta");
        assertThatThrownBy(rows::hasNext)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("parties.csv:3: not readable CSV");
    }

    @Test
    void theLineByLineReader_refusesTheSameHeaderNamingTheFile() {
        assertThatThrownBy(() -> BatchRows.CsvLines.header("name,,country", "parties.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("parties.csv:1: the header is not usable CSV: ");
    }
}
