package org.tradescreen.lists.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * The first sheet of an XLSX workbook as a table: title rows, then a header row naming the columns, then one
 * row per record. Read with fastexcel-reader, which streams the sheet's cell values (no workbook model, and
 * no DTD or external entity in the package's XML is ever followed). Row numbers are the sheet's own, as a user
 * sees them in a spreadsheet program. A file that is not a readable workbook (not a ZIP package, a damaged one, no
 * sheet) fails naming the file and the reason.
 */
public final class XlsxTable {

    /** One row, read by column name; cells trimmed, empty ones null. */
    public record Row(Path file, long line, List<String> header, List<String> cells) implements TableRow {

        @Override
        public @Nullable String get(String column) {
            int i = header.indexOf(column);
            if (i < 0) {
                throw new ListFormatException(file, line, column, "no such column in the header");
            }
            return i < cells.size() ? cells.get(i) : null;
        }

        @Override
        public @Nullable String find(String column) {
            int i = header.indexOf(column);
            return i < 0 || i >= cells.size() ? null : cells.get(i);
        }

        @Override
        public ListFormatException error(String field, String problem) {
            return new ListFormatException(file, line, field, problem);
        }

        /** Whether every cell is empty. */
        boolean blank() {
            return cells.stream().allMatch(c -> c == null);
        }
    }

    private final List<List<String>> titleRows = new ArrayList<>();
    private final List<String> header;
    private final List<Row> rows = new ArrayList<>();

    private XlsxTable(List<List<String>> titleRows, List<String> header) {
        this.titleRows.addAll(titleRows);
        this.header = header;
    }

    /**
     * Reads the first sheet; the header is the first row whose cells include {@code headerCell}, and the rows
     * before it are title rows.
     */
    public static XlsxTable read(Path file, String headerCell) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
             Stream<org.dhatim.fastexcel.reader.Row> sheetRows = firstSheet(file, workbook).openStream()) {
            List<List<String>> titles = new ArrayList<>();
            XlsxTable table = null;
            Iterator<org.dhatim.fastexcel.reader.Row> it = sheetRows.iterator();
            org.dhatim.fastexcel.reader.Row r;
            while ((r = next(file, it)) != null) {
                List<String> cells = cells(r);
                if (table == null) {
                    if (cells.contains(headerCell)) {
                        table = new XlsxTable(titles, cells);
                    } else {
                        titles.add(cells);
                    }
                } else {
                    Row row = new Row(file, r.getRowNum(), table.header, cells);
                    if (!row.blank()) {
                        table.rows.add(row);
                    }
                }
            }
            if (table == null) {
                throw new ListFormatException(file, titles.size(), headerCell,
                        "no header row with a '" + headerCell + "' column in the first sheet");
            }
            return table;
        } catch (IOException | ExcelReaderException | IllegalStateException | java.io.UncheckedIOException e) {
            // A damaged package surfaces as a plain IOException ("Error reading Zip content"): the file is at fault.
            throw new ListFormatException(file, 0, null, "not a readable XLSX workbook (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The next row of the sheet, or null at its end. fastexcel parses the sheet as it streams, so a damaged sheet
     * surfaces here as whatever its parsers throw: an XML error wrapped unchecked (a sheet or string table cut
     * short), a cell value or string index that is not a number, an index past the string table.
     */
    private static org.dhatim.fastexcel.reader.@Nullable Row next(Path file, Iterator<org.dhatim.fastexcel.reader.Row> it) {
        try {
            return it.hasNext() ? it.next() : null;
        } catch (ListFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ListFormatException(file, 0, null, "not a readable XLSX workbook (" + e.getMessage() + ")", e);
        }
    }

    private static Sheet firstSheet(Path file, ReadableWorkbook workbook) {
        return workbook.getSheets().findFirst().orElseThrow(() ->
                new ListFormatException(file, 0, null, "the workbook has no sheet"));
    }

    private static List<String> cells(org.dhatim.fastexcel.reader.Row r) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < r.getCellCount(); i++) {
            cells.add(CsvTable.clean(r.getCellText(i)));
        }
        return cells;
    }

    /** The rows before the header, cell by cell ("Last Updated", "10/04/2025"). */
    public List<List<String>> titleRows() {
        return titleRows;
    }

    /** Hands every row to {@code sink}; a row it refuses fails the read, or under lenient is reported and skipped. */
    public List<Problem> forEach(boolean lenient, Consumer<TableRow> sink) {
        List<Problem> problems = new ArrayList<>();
        for (Row row : rows) {
            Problem.orSkip(lenient, problems, () -> sink.accept(row));
        }
        return problems;
    }

    /** The column names, as the header row gives them. */
    public List<String> header() {
        return header;
    }
}
