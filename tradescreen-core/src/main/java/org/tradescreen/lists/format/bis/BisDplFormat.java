package org.tradescreen.lists.format.bis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.format.CsvTable;
import org.tradescreen.lists.format.FormatInfo;
import org.tradescreen.lists.format.ListFormat;
import org.tradescreen.lists.format.ListText;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.lists.format.Problem;
import org.tradescreen.lists.format.StableId;
import org.tradescreen.model.Address;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Listing;
import org.tradescreen.model.Name;

/**
 * The BIS Denied Persons List ({@code dpl.txt}, quoted cells separated by tabs). Rows with the same name
 * and effective date are one denial order against one party at several addresses, and become one entity
 * with all those addresses, so that screening finds the party once. Its source id is
 * {@link StableId} of the name, the party's address lines sorted and joined, and the effective date: the
 * same rows in any order give the same id, and a single-row party's id is exactly name + address +
 * effective date. An address added or corrected reads as a delisting plus a new listing, as for any
 * content-hashed id. Rows of one party that disagree on the expiration date keep the latest, reported.
 *
 * <p>No publication date is stated: the only candidate, the newest {@code Last_Update}, is the date a
 * row was last edited, not the date the list was published (a list republished without edits keeps it,
 * and real files hold typos such as 3033-09-30 and 1023-11-01 in that column).
 */
public final class BisDplFormat implements ListFormat {

    public static final String NAME = "bis-dpl";
    private static final FormatInfo INFO = new FormatInfo(NAME, "us-bis-dpl");
    private static final String HEADER_START =
            "Name\tStreet_Address\tCity\tState\tCountry\tPostal_Code\tEffective_Date";

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
        return first.startsWith(HEADER_START) ? 10 : 0;
    }

    @Override
    public ParsedList parse(Path path, ParseOptions options) throws IOException {
        ListText text = ListText.read(path);
        List<Problem> problems = new ArrayList<>(text.repairs());
        Map<DplRow.PartyKey, List<DplRow>> parties = new LinkedHashMap<>();
        problems.addAll(CsvTable.withHeader(text, '\t', 0).forEach(options.lenient(), row -> {
            DplRow r = DplRow.of(row);
            parties.computeIfAbsent(r.partyKey(), k -> new ArrayList<>()).add(r);
        }));
        List<Entity> entities = new ArrayList<>();
        for (List<DplRow> rows : parties.values()) {
            entities.add(toEntity(options.source(), path, rows, problems));
        }
        return ParsedList.full(entities, Optional.empty(), problems);
    }

    private static Entity toEntity(String source, Path file, List<DplRow> rows, List<Problem> problems) {
        DplRow first = rows.get(0);
        String addressLines = rows.stream().map(r -> r.address().oneLine()).distinct().sorted()
                .collect(Collectors.joining(" | "));
        Entity.Builder b = Entity.builder(source, StableId.of(first.name(), addressLines, first.effective().toString()))
                .type(EntityType.UNKNOWN)
                .name(Name.primary(first.name()));
        Map<Address, Long> lineOfAddress = new HashMap<>();
        for (DplRow r : rows) {
            Long earlier = lineOfAddress.putIfAbsent(r.address(), r.line());
            if (earlier != null) {
                problems.add(Problem.repair(file, r.line(), "row repeats the party and address of line " + earlier
                        + "; read once"));
            }
            b.address(r.address());
        }
        if (rows.stream().anyMatch(r -> "N".equalsIgnoreCase(r.standardOrder()))) {
            b.remark("not a standard denial order (Standard_Order N)");
        }
        b.listing(new Listing("DPL", "Denied Persons List", first.effective(), expiration(file, rows, problems),
                FrCitations.merge(rows.stream().map(DplRow::citation).toList()), null, null));
        return b.build();
    }

    /** The party's expiration date; when its rows disagree, the latest (an empty one means none), reported. */
    private static @Nullable LocalDate expiration(Path file, List<DplRow> rows, List<Problem> problems) {
        List<LocalDate> dates = rows.stream().map(DplRow::expiration).distinct().toList();
        if (dates.size() == 1) {
            return dates.get(0);
        }
        LocalDate kept = dates.contains(null) ? null
                : dates.stream().max(Comparator.naturalOrder()).orElseThrow();
        problems.add(new Problem(String.valueOf(file), rows.get(0).line(), "Expiration_Date",
                "rows of " + rows.get(0).name() + " give different expiration dates ("
                        + dates.stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + "); kept " + Objects.toString(kept, "none")));
        return kept;
    }
}
