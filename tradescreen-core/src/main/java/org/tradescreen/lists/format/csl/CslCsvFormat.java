package org.tradescreen.lists.format.csl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.format.CsvTable;
import org.tradescreen.lists.format.FormatInfo;
import org.tradescreen.lists.format.ListFormat;
import org.tradescreen.lists.format.ListText;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.lists.format.Problem;
import org.tradescreen.model.Address;
import org.tradescreen.model.Entity;

/**
 * The Consolidated Screening List as CSV: the 28-column layout and the newer one with a leading
 * {@code _id} column. Multi-valued cells are "; "-separated. Columns are found by header name, so
 * both layouts (and column reordering) read the same.
 */
public final class CslCsvFormat implements ListFormat {

    public static final String NAME = "csl-csv";
    private static final FormatInfo INFO = new FormatInfo(NAME, "us-csl");

    @Override
    public FormatInfo info() {
        return INFO;
    }

    @Override
    public int recognise(Path path, String head) {
        if (Files.isDirectory(path)) {
            return 0;
        }
        String first = head.lines().findFirst().orElse("").replace("\"", "");
        if (first.contains("source,entity_number,type,programs,name")) {
            return 10;
        }
        // A cut-down CSL export still has source and name beside CSL's own column names.
        List<String> columns = Arrays.stream(first.split(",")).map(String::strip).toList();
        boolean cslColumns = columns.stream().anyMatch(c -> List.of("_id", "entity_number", "alt_names",
                "federal_register_notice", "start_date").contains(c));
        return columns.contains("source") && columns.contains("name") && cslColumns ? 5 : 0;
    }

    @Override
    public ParsedList parse(Path path, ParseOptions options) throws IOException {
        ListText text = ListText.read(path);
        List<Entity> entities = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(text.repairs());
        problems.addAll(CsvTable.withHeader(text, ',', 0).forEach(options.lenient(), row ->
                entities.add(CslEntities.toEntity(options.source(), new CsvRecord(row)))));
        return ParsedList.full(entities, Optional.empty(), problems);
    }

    private record CsvRecord(CsvTable.Row row) implements CslRecord {
        @Override
        public @Nullable String value(String field) {
            return row.header().contains(field) ? row.get(field) : null;
        }

        @Override
        public List<String> values(String field) {
            String v = value(field);
            if (v == null) {
                return List.of();
            }
            return Arrays.stream(v.split(";\\s+|;$")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        @Override
        public List<Address> addresses() {
            return values("addresses").stream().map(CslEntities::addressFromLine).toList();
        }

        @Override
        public long position() {
            return row.line();
        }
    }
}
