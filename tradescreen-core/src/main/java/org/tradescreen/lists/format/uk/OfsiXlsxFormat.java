package org.tradescreen.lists.format.uk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tradescreen.lists.format.FormatInfo;
import org.tradescreen.lists.format.ListDates;
import org.tradescreen.lists.format.ListFormat;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.lists.format.Problem;
import org.tradescreen.lists.format.XlsxTable;
import org.tradescreen.model.Entity;

/**
 * OFSI's consolidated list of financial sanctions targets as the XLSX workbook it published from 2022 to its
 * retirement in January 2026: one sheet, a title row {@code Last Updated | dd/mm/yyyy} (the stated publication
 * date), a header of 36 columns, then one row per name, grouped by {@code Group ID} as in the CSV
 * ({@link UkHmtCsvFormat}, which reads the same columns).
 */
public final class OfsiXlsxFormat implements ListFormat {

    public static final String NAME = "ofsi-xlsx";
    private static final FormatInfo INFO = new FormatInfo(NAME, "uk-hmt");

    @Override
    public FormatInfo info() {
        return INFO;
    }

    /** An XLSX file is a ZIP package; only its name tells this list from another workbook without opening it. */
    @Override
    public int recognise(Path path, String head) {
        String file = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return !Files.isDirectory(path) && head.startsWith("PK") && file.endsWith(".xlsx") ? 5 : 0;
    }

    @Override
    public ParsedList parse(Path path, ParseOptions options) throws IOException {
        XlsxTable table = XlsxTable.read(path, OfsiGroups.GROUP_ID);
        OfsiGroups groups = new OfsiGroups();
        List<Problem> problems = new ArrayList<>(table.forEach(options.lenient(), groups::add));
        List<Entity> entities = groups.entities(options.source(), options.lenient(), problems);
        return ParsedList.full(entities, statedDate(table.titleRows()), problems);
    }

    /** "Last Updated" and the day, in the cells of the title row. */
    private static Optional<LocalDate> statedDate(List<List<String>> titleRows) {
        for (List<String> row : titleRows) {
            if (row.size() >= 2 && "Last Updated".equalsIgnoreCase(String.valueOf(row.get(0)))) {
                return ListDates.day(row.get(1), true);
            }
        }
        return Optional.empty();
    }
}
