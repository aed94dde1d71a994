package org.tradescreen.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class BoundedReaderTest {

    private static String readAll(BoundedReader r) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[7];
        for (int n; (n = r.read(buffer, 0, buffer.length)) > 0; ) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    @Test
    void lines_withinTheLimit_areReadUnchanged() throws IOException {
        String text = "id,name\n1,abcdefghij\n2,x\n";
        BoundedReader r = BoundedReader.lines(new StringReader(text), "f.csv", 12);
        assertThat(readAll(r)).isEqualTo(text);
        assertThat(r.line()).isEqualTo(4);
    }

    @Test
    void lines_oneTooLong_failsNamingFileAndLine() {
        BoundedReader r = BoundedReader.lines(new StringReader("ok\n" + "y".repeat(11) + "\n"), "f.csv", 10);
        assertThatThrownBy(() -> readAll(r)).isInstanceOf(BoundedReader.TooLong.class)
                .hasMessage("f.csv:2: the line is longer than 10 characters")
                .satisfies(e -> assertThat(((BoundedReader.TooLong) e).line()).isEqualTo(2));
    }

    @Test
    void records_spanningManyShortLines_failFromWhereTheRecordStarts() throws IOException {
        BoundedReader r = BoundedReader.records(new StringReader("a\n\"" + "bbbb\n".repeat(10)), "f.csv", 5);
        BufferedReader lines = new BufferedReader(r, 1);
        assertThat(lines.readLine()).isEqualTo("a");
        r.endOfRecord(2);
        assertThatThrownBy(() -> {
            while (lines.readLine() != null) {
                // reading on, as a parser inside a quoted field does
            }
        }).isInstanceOf(BoundedReader.TooLong.class)
                .hasMessage("f.csv:2: the record starting on this line is longer than 10 characters (an unclosed quote?)");
    }

    @Test
    void lines_doNotBoundRecords() throws IOException {
        String many = "abc\n".repeat(1000);
        assertThat(readAll(BoundedReader.lines(new StringReader(many), "f", 5))).isEqualTo(many);
    }

    @Test
    void emptyInput_givesNothing() throws IOException {
        assertThat(readAll(BoundedReader.records(new StringReader(""), "f", 5))).isEmpty();
    }
}
