package org.tradescreen.lists.format.uk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tradescreen.lists.format.CsvTable;
import org.tradescreen.lists.format.FormatInfo;
import org.tradescreen.lists.format.ListDates;
import org.tradescreen.lists.format.ListFormat;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.format.ListText;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.lists.format.Problem;
import org.tradescreen.model.Entity;

/**
 * The HM Treasury consolidated list of financial sanctions targets as CSV ({@code ConList.csv}): a
 * title line {@code Last Updated,23/03/2016} (the stated publication date), then a header, then one
 * row per name of a target. A target's rows share a {@code Group ID}, the source id, and are scattered
 * through the file (it is sorted by name), so rows are grouped first and each group becomes one entity.
 * A row without a Group ID or a name fails naming its line (skipped and reported under lenient).
 */
public final class UkHmtCsvFormat implements ListFormat {

    public static final String NAME = "uk-hmt-csv";
    private static final FormatInfo INFO = new FormatInfo(NAME, "uk-hmt");
    private static final String TITLE = "Last Updated,";

    @Override
    public FormatInfo info() {
        return INFO;
    }

    @Override
    public int recognise(Path path, String head) {
        if (Files.isDirectory(path)) {
            return 0;
        }
        if (isTitle(head)) {
            return 10;
        }
        String first = head.lines().findFirst().orElse("");
        return first.contains(OfsiGroups.GROUP_ID) && first.contains("Name 6") ? 10 : 0;
    }

    @Override
    public ParsedList parse(Path path, ParseOptions options) throws IOException {
        ListText text = ListText.read(path);
        List<String> top = text.text().lines().limit(2).toList();
        boolean titled = !top.isEmpty() && isTitle(top.get(0));
        int headerIndex = titled ? 1 : 0;
        if (top.size() <= headerIndex || !top.get(headerIndex).contains(OfsiGroups.GROUP_ID)) {
            throw new ListFormatException(path, headerIndex + 1, OfsiGroups.GROUP_ID,
                    "the header has no Group ID column; is this the HM Treasury consolidated list?");
        }
        OfsiGroups groups = new OfsiGroups();
        List<Problem> problems = new ArrayList<>(text.repairs());
        problems.addAll(CsvTable.withHeader(text, ',', headerIndex).forEach(options.lenient(), groups::add));
        List<Entity> entities = groups.entities(options.source(), options.lenient(), problems);
        return ParsedList.full(entities, titled ? statedDate(top.get(0)) : Optional.empty(), problems);
    }

    private static boolean isTitle(String text) {
        return text.replace("\"", "").startsWith(TITLE);
    }

    /** "Last Updated,23/03/2016", sometimes quoted or with trailing commas. */
    private static Optional<LocalDate> statedDate(String titleLine) {
        String[] cells = titleLine.replace("\"", "").split(",");
        return cells.length < 2 ? Optional.empty() : ListDates.day(cells[1], true);
    }
}
