package org.tradescreen.lists.format;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Walks the rows of a delimited list file with the damage real captures have, decided case by case:
 * <ul>
 *   <li>CRLF or LF line ends: both read the same.</li>
 *   <li>A repeated header line in the middle (two downloads concatenated): skipped, reported.</li>
 *   <li>A short row, or a file cut inside a quoted field (a truncated download): a
 *       {@link ListFormatException} naming file, line and field; under {@code lenient} the row is
 *       skipped and reported instead.</li>
 * </ul>
 * Cells are trimmed; OFAC's null marker {@code -0-} and empty cells read as null.
 */
public final class CsvTable {

    /** One row with its 1-based line number, read by column name or index. */
    public record Row(Path file, long line, List<String> header, CSVRecord record) implements TableRow {

        @Override
        public @Nullable String find(String column) {
            int i = header.indexOf(column);
            return i < 0 ? null : get(i);
        }

        @Override
        public @Nullable String get(String column) {
            int i = header.indexOf(column);
            if (i < 0) {
                throw new ListFormatException(file, line, column, "no such column in the header");
            }
            return get(i);
        }

        public @Nullable String get(int index) {
            if (index >= record.size()) {
                return null;
            }
            return clean(record.get(index));
        }

        public int size() {
            return record.size();
        }

        @Override
        public ListFormatException error(String field, String problem) {
            return new ListFormatException(file, line, field, problem);
        }
    }

    private final Path file;
    private final String text;
    private final CSVFormat format;
    private final int expectedColumns;
    private final boolean firstRowIsHeader;
    private final int skipLines;

    private CsvTable(Path file, String text, CSVFormat format, int expectedColumns, boolean firstRowIsHeader,
                     int skipLines) {
        this.file = file;
        this.text = text;
        this.format = format;
        this.expectedColumns = expectedColumns;
        this.firstRowIsHeader = firstRowIsHeader;
        this.skipLines = skipLines;
    }

    /** A file whose first row (after {@code skipLines} title lines) names the columns. */
    public static CsvTable withHeader(ListText text, char delimiter, int skipLines) {
        return new CsvTable(text.file(), text.text(), base(delimiter), -1, true, skipLines);
    }

    /** A headerless file with a fixed number of columns, like OFAC's sdn.csv. */
    public static CsvTable headerless(ListText text, int columns) {
        return new CsvTable(text.file(), text.text(), base(','), columns, false, 0);
    }

    private static CSVFormat base(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    }

    /** Reads every row, handing sound ones to {@code sink}; returns the problems met under lenient. */
    public List<Problem> forEach(boolean lenient, Consumer<Row> sink) {
        List<Problem> problems = new ArrayList<>();
        String body = skipTitleLines(text, skipLines);
        long lineOffset = skipLines;
        int[] lineStarts = lineStarts(body);
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(body)).setFormat(format).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            List<String> header = null;
            int columns = expectedColumns;
            while (true) {
                CSVRecord record;
                long line = lineOffset + parser.getCurrentLineNumber() + 1;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    ListFormatException fault = new ListFormatException(file, line, null,
                            "the file ends inside a quoted field (truncated download?)", e);
                    if (!lenient) {
                        throw fault;
                    }
                    problems.add(Problem.of(fault));
                    break;
                }
                long recordLine = lineOffset + lineOf(lineStarts, record.getCharacterPosition());
                if (header == null && firstRowIsHeader) {
                    header = new ArrayList<>();
                    for (String h : record) {
                        header.add(h.strip());
                    }
                    columns = header.size();
                    continue;
                }
                if (header != null && matchesHeader(record, header)) {
                    problems.add(Problem.repair(file, recordLine, "skipped a repeated header line"));
                    continue;
                }
                if (record.size() < columns) {
                    String missing = header != null ? header.get(record.size()) : "column " + (record.size() + 1);
                    ListFormatException fault = new ListFormatException(file, recordLine, missing,
                            "row has " + record.size() + " of " + columns + " columns (truncated record?)");
                    if (!lenient) {
                        throw fault;
                    }
                    problems.add(Problem.of(fault));
                    continue;
                }
                Row row = new Row(file, recordLine, header == null ? List.of() : header, record);
                try {
                    sink.accept(row);
                } catch (ListFormatException fault) {
                    if (!lenient) {
                        throw fault;
                    }
                    problems.add(Problem.of(fault));
                } catch (IllegalArgumentException bad) {
                    ListFormatException fault = new ListFormatException(file, recordLine, null, bad.getMessage(), bad);
                    if (!lenient) {
                        throw fault;
                    }
                    problems.add(Problem.of(fault));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static int[] lineStarts(String body) {
        int count = 1;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int n = 1;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                starts[n++] = i + 1;
            }
        }
        return starts;
    }

    /** 1-based line of a character position. */
    private static long lineOf(int[] starts, long position) {
        int i = java.util.Arrays.binarySearch(starts, (int) position);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    private static boolean matchesHeader(CSVRecord record, List<String> header) {
        if (record.size() != header.size()) {
            return false;
        }
        for (int i = 0; i < header.size(); i++) {
            if (!record.get(i).strip().equals(header.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String skipTitleLines(String text, int lines) {
        int pos = 0;
        for (int i = 0; i < lines; i++) {
            int nl = text.indexOf('\n', pos);
            if (nl < 0) {
                return "";
            }
            pos = nl + 1;
        }
        return text.substring(pos);
    }

    static @Nullable String clean(String cell) {
        if (cell == null) {
            return null;
        }
        String s = cell.strip();
        return s.isEmpty() || s.equals("-0-") ? null : s;
    }
}
