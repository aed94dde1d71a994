package org.tradescreen.server.web;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.jspecify.annotations.Nullable;
import org.tradescreen.server.api.BadRequest;

/**
 * Reads an uploaded batch CSV: a header row that must name a {@code name} column and may name {@code id},
 * {@code type}, {@code country}, {@code dob} and {@code identifier}, in any order and any case; other columns
 * are reported as ignored. A file that cannot be read at all is a {@link BadRequest} naming what is wrong;
 * problems of single rows are left to the screening, which reports them row by row.
 */
final class BatchFile {

    static final List<String> COLUMNS = List.of("name", "id", "type", "country", "dob", "identifier");

    /** One data row, by its number (1 is the first row after the header), with its cells by column name. */
    record Row(int number, Map<String, String> cells) {
        /** The cell of {@code column}, stripped; null when blank or absent. */
        @Nullable String get(String column) {
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    /** The rows, and the header columns that are not read. */
    record Parsed(List<Row> rows, List<String> ignoredColumns) {
    }

    private BatchFile() {
    }

    /**
     * @param maxRows the most data rows accepted; more is a {@link BadRequest} saying how many the file has
     */
    static Parsed read(Reader reader, int maxRows) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true).setTrim(true)
                // A repeated column is read once, from its first place, rather than refusing the file.
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<String, Integer> columns = columns(parser.getHeaderNames());
            if (!columns.containsKey("name")) {
                throw new BadRequest("file: the header row has no 'name' column; it has "
                        + (parser.getHeaderNames().isEmpty() ? "no columns" : parser.getHeaderNames())
                        + " (columns read: " + String.join(", ", COLUMNS) + ")");
            }
            List<String> ignored = parser.getHeaderNames().stream()
                    .filter(h -> !h.isBlank() && !COLUMNS.contains(normalise(h))).toList();
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == maxRows) {
                    long total = maxRows + 1 + parser.stream().count();
                    throw new BadRequest("file: " + total + " rows; at most " + maxRows
                            + " rows per batch: split the file");
                }
                Map<String, String> cells = new LinkedHashMap<>();
                columns.forEach((name, index) -> cells.put(name, index < record.size() ? record.get(index) : null));
                rows.add(new Row(rows.size() + 1, cells));
            }
            if (rows.isEmpty()) {
                throw new BadRequest("file: no rows below the header");
            }
            return new Parsed(rows, ignored);
        } catch (IllegalStateException | UncheckedIOException | IOException e) {
            // commons-csv's words for a malformed file, such as an unclosed quote
            throw new BadRequest("file: not a readable CSV file: " + e.getMessage());
        }
    }

    /** The known columns by position; headers are matched without case, spaces or a byte-order mark. */
    private static Map<String, Integer> columns(List<String> headers) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String h = normalise(headers.get(i));
            if (COLUMNS.contains(h) && !out.containsKey(h)) {
                out.put(h, i);
            }
        }
        return out;
    }

    private static String normalise(String header) {
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }
}
