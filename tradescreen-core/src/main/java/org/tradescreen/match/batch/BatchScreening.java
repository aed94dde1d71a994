package org.tradescreen.match.batch;

import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;
import org.tradescreen.match.Hit;
import org.tradescreen.match.Screener;
import org.tradescreen.report.CsvCells;

/**
 * Screens one row of a batch into the result columns of {@code screen-file}. A row that cannot be screened (no name, a
 * birth date that is not one) gets its error, naming file, line and field, in the {@code error} column, and no hit: the
 * batch goes on.
 */
public final class BatchScreening {

    /** The result columns, in order. */
    public static final List<String> COLUMNS = List.of("id", "name", "hit", "top_entity_id", "top_score",
            "top_matched_name", "hits", "error");

    /** How result rows are written: RFC 4180, one line per row ended by a line feed. */
    public static final CSVFormat OUTPUT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private BatchScreening() {
    }

    /** One row's result cells and its hits (each of which becomes an alert where the batch raises them). */
    public record Result(List<String> cells, List<Hit> hits) {

        public boolean hit() {
            return "true".equals(cells.get(2));
        }

        /** What was wrong with the row, or empty. */
        public String error() {
            return cells.get(7);
        }
    }

    /** A result row as written, each cell made safe for spreadsheets, without the line feed. */
    public static String csv(List<String> cells) {
        return OUTPUT.format(cells.stream().map(CsvCells::safe).toArray());
    }

    /** The row screened with {@code screener}; {@code file} names the input in an error. */
    public static Result screen(Screener screener, BatchRow row, BatchSettings settings, String file) {
        String where = file + ":" + row.line() + ": field ";
        try {
            if (row.problem() != null) {
                throw new IllegalArgumentException(file + ":" + row.line() + ": " + row.problem());
            }
            if (row.name() == null || row.name().isBlank()) {
                throw new IllegalArgumentException(where + "name: empty");
            }
            List<Hit> hits = screener.screen(settings.query(row.name(), row.type(), row.country(), row.dob(),
                    row.identifier(), where), settings.threshold(), settings.limit(), settings.algorithm());
            Hit top = hits.isEmpty() ? null : hits.get(0);
            return new Result(List.of(nz(row.id()), row.name(), String.valueOf(top != null),
                    top == null ? "" : top.entityId(), top == null ? "" : String.valueOf(top.score()),
                    top == null ? "" : top.matchedName(), String.valueOf(hits.size()), ""), hits);
        } catch (IllegalArgumentException e) {
            return new Result(List.of(nz(row.id()), nz(row.name()), "false", "", "", "", "0", e.getMessage()), List.of());
        }
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
