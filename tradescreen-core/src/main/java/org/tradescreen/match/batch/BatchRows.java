package org.tradescreen.match.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.tradescreen.io.BoundedReader;

/**
 * Rows of a screening file: CSV with a header ({@code name} required; {@code id,type,country,dob,identifier}
 * optional, in any order) or JSON lines with those fields. Cells are trimmed, blank means absent, empty lines are
 * skipped. A file is read as a stream ({@link #csv}, {@link #jsonLines}) or, where a job splits it among machines,
 * line by line ({@link CsvLines}, {@link #jsonLine}); both give the same rows for a file whose records each hold
 * one line.
 */
public final class BatchRows {

    private static final CSVFormat INPUT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();
    private static final ObjectMapper JSON = new ObjectMapper();

    private BatchRows() {
    }

    /**
     * The rows of a CSV file as it streams by.
     *
     * @throws IllegalArgumentException when the header has no {@code name} column
     */
    public static Iterator<BatchRow> csv(BoundedReader reader, String file) throws IOException {
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(reader).setFormat(INPUT).get();
        } catch (BoundedReader.TooLong e) {
            throw e;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv refuses a header with a blank or repeated name, or a quote left open, without saying where
            throw new IllegalArgumentException(file + ":1: the header is not usable CSV: " + reason(e), e);
        }
        requireName(parser.getHeaderMap(), file);
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                long line = parser.getCurrentLineNumber() + 1;
                try {
                    return records.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    if (e.getCause() instanceof BoundedReader.TooLong) {
                        throw e;
                    }
                    throw new IllegalArgumentException(file + ":" + line + ": not readable CSV (a quoted field left"
                            + " open?): " + reason(e), e);
                }
            }

            @Override
            public BatchRow next() {
                hasNext();
                CSVRecord r = records.next();
                reader.endOfRecord(r.getParser().getCurrentLineNumber() + 1);
                return fromRecord(r, r.getParser().getCurrentLineNumber());
            }
        };
    }

    /** The parser's own words, without the wrapping exception's. */
    private static String reason(Exception e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        return String.valueOf(t.getMessage());
    }

    /** The rows of a JSON-lines file as it streams by; a line that is not a JSON object is an unreadable row. */
    public static Iterator<BatchRow> jsonLines(BoundedReader reader) {
        Iterator<String> lines = new BufferedReader(reader).lines().iterator();
        return new Iterator<>() {
            long line;
            @Nullable BatchRow next = advance();

            private @Nullable BatchRow advance() {
                while (lines.hasNext()) {
                    BatchRow row = jsonLine(lines.next(), ++line);
                    if (row != null) {
                        return row;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public BatchRow next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                BatchRow r = next;
                next = advance();
                return r;
            }
        };
    }

    /** The row on one line of a JSON-lines file, or null for a blank line. */
    public static @Nullable BatchRow jsonLine(String text, long line) {
        if (text.isBlank()) {
            return null;
        }
        try {
            JsonNode n = JSON.readTree(text);
            return new BatchRow(line, text(n, "id"), text(n, "name"), text(n, "type"), text(n, "country"),
                    text(n, "dob"), text(n, "identifier"));
        } catch (IOException e) {
            return BatchRow.unreadable(line, "not a JSON object");
        }
    }

    /**
     * A CSV file read one line at a time, as a distributed job reads it: the header, read once, gives the columns of
     * every other line. A record whose quoted field runs over several lines cannot be read this way; its lines become
     * rows with an error (the streaming reader reads such a file whole).
     */
    public static final class CsvLines implements Serializable {

        private final String[] header;
        private final String file;

        private CsvLines(String[] header, String file) {
            this.header = header;
            this.file = file;
        }

        /**
         * The columns named by a file's first line.
         *
         * @throws IllegalArgumentException when that line is not a CSV header with a {@code name} column
         */
        public static CsvLines header(String firstLine, String file) {
            Map<String, Integer> columns;
            List<String> names;
            try (CSVParser parser = CSVParser.builder().setReader(new java.io.StringReader(firstLine)).setFormat(INPUT).get()) {
                columns = parser.getHeaderMap();
                names = parser.getHeaderNames();
            } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                throw new IllegalArgumentException(file + ":1: the header is not usable CSV: " + reason(e), e);
            }
            requireName(columns, file);
            return new CsvLines(names.toArray(String[]::new), file);
        }

        /** The row on line {@code line}, null for an empty line; an error row when the line is not a whole record. */
        public @Nullable BatchRow row(String text, long line) {
            CSVFormat format = INPUT.builder().setHeader(header).setSkipHeaderRecord(false).get();
            try (CSVParser parser = CSVParser.builder().setReader(new java.io.StringReader(text)).setFormat(format).get()) {
                List<CSVRecord> records = parser.getRecords();
                if (records.isEmpty()) {
                    return null;
                }
                if (records.size() == 1) {
                    return fromRecord(records.get(0), line);
                }
            } catch (IOException | UncheckedIOException e) {
                // said below: the row keeps its place with the reason
            }
            return BatchRow.unreadable(line, "not one whole CSV record (a quoted field left open, or running onto the"
                    + " next line, which a job that splits the file by lines cannot read)");
        }
    }

    private static void requireName(Map<String, Integer> header, String file) {
        if (!header.containsKey("name")) {
            throw new IllegalArgumentException(file + ":1: field name: the header has no 'name' column (found "
                    + header.keySet() + ")");
        }
    }

    private static BatchRow fromRecord(CSVRecord r, long line) {
        return new BatchRow(line, cell(r, "id"), cell(r, "name"), cell(r, "type"), cell(r, "country"), cell(r, "dob"),
                cell(r, "identifier"));
    }

    private static @Nullable String cell(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) && !r.get(column).isBlank() ? r.get(column) : null;
    }

    private static @Nullable String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
