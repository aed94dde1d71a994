package org.tradescreen.match.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.tradescreen.io.BoundedReader;
import org.tradescreen.match.Algorithm;
import org.tradescreen.match.score.Tuning;

/**
 * The party files of {@code screen-file} (CSV and JSON lines), read as a stream as the command line reads them and
 * line by line as a distributed job reads them. The property: every row comes out with its line, or as an unreadable
 * row with the reason; the file as a whole fails only with an input error naming the file and line (a header
 * without {@code name}, a line or record over the bound); nothing else escapes.
 *
 * <p>An input is the file's text followed by one byte, read first from the end: 0 CSV streamed, 1 JSON lines
 * streamed, 2 CSV line by line, 3 JSON lines line by line.
 */
class BatchRowsFuzzTest {

    /** Small, so that fuzzed inputs reach it; the command line's is {@link BoundedReader#DEFAULT_LIMIT}. */
    private static final int LIMIT = 4096;
    private static final String FILE = "parties.csv";
    /** An input error names the file and the line: {@code parties.csv:12: …}. */
    private static final String WHERE = "\\Q" + FILE + ":\\E[1-9][0-9]*: (?s).*";
    private static final BatchSettings SETTINGS = new BatchSettings(Tuning.DEFAULT_THRESHOLD, 5, Algorithm.TRADESCREEN,
            null, null, null, null, Set.of());

    @FuzzTest(maxDuration = "10m")
    void partyRows(FuzzedDataProvider data) throws IOException {
        int mode = data.consumeInt(0, 3);
        String text = data.consumeRemainingAsString();
        try {
            switch (mode) {
                case 0 -> check(BatchRows.csv(BoundedReader.records(new StringReader(text), FILE, LIMIT), FILE));
                case 1 -> check(BatchRows.jsonLines(BoundedReader.lines(new StringReader(text), FILE, LIMIT)));
                case 2 -> csvLines(text);
                default -> jsonLines(text);
            }
        } catch (IllegalArgumentException e) {
            assertThat(mode).as("only CSV is refused whole: %s", e.getMessage()).isIn(0, 2);
            assertThat(e.getMessage()).matches(mode == 0 ? WHERE : "\\Q" + FILE + ":1: \\E(?s).*");
        } catch (UncheckedIOException e) {
            assertThat(e.getCause()).as("an I/O error of a string: %s", e).isInstanceOf(BoundedReader.TooLong.class);
            assertThat(e.getCause().getMessage()).matches(WHERE);
        } catch (BoundedReader.TooLong e) {
            assertThat(e.getMessage()).matches(WHERE);
        }
    }

    private static void check(Iterator<BatchRow> rows) {
        long last = 0;
        while (rows.hasNext()) {
            BatchRow row = rows.next();
            assertThat(row.line()).as("lines in order").isGreaterThan(last);
            last = row.line();
            checkRow(row);
        }
    }

    /** As {@link BatchScreening#screen} takes a row: a problem, or its fields made into a query or refused by name. */
    private static void checkRow(BatchRow row) {
        if (row.problem() != null) {
            assertThat(row.problem()).isNotBlank();
            assertThat(row.name()).isNull();
            return;
        }
        if (row.name() == null || row.name().isBlank()) {
            return;
        }
        String where = FILE + ":" + row.line() + ": field ";
        try {
            SETTINGS.query(row.name(), row.type(), row.country(), row.dob(), row.identifier(), where);
            row.subject();
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).startsWith(where);
        }
    }

    private static void csvLines(String text) {
        List<String> lines = text.lines().toList();
        BatchRows.CsvLines csv = BatchRows.CsvLines.header(lines.isEmpty() ? "" : lines.get(0), FILE);
        for (int i = 1; i < lines.size(); i++) {
            BatchRow row = csv.row(lines.get(i), i + 1);
            if (row != null) {
                assertThat(row.line()).isEqualTo(i + 1);
                checkRow(row);
            }
        }
    }

    private static void jsonLines(String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            BatchRow row = BatchRows.jsonLine(lines.get(i), i + 1);
            if (row != null) {
                assertThat(row.line()).isEqualTo(i + 1);
                checkRow(row);
            }
        }
    }
}
