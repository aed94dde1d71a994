package org.tradescreen.lists.format.custom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.tradescreen.model.Countries;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Identifier;
import org.tradescreen.model.Listing;
import org.tradescreen.model.Name;

/**
 * A list the user keeps (an internal watch list of indicted firms, say): a CSV whose header names its columns,
 * in any order and case. {@code name} is required; {@code id, aliases, type, country, address, city, program,
 * listed_on, remarks, phone, email, identifiers} are read when present ({@code aliases}, {@code phone},
 * {@code email} and {@code identifiers} hold several values separated by {@code ;}); any other column is kept
 * as a remark "column: value", so nothing the user wrote is lost. Phones and e-mails become identifiers labelled
 * as OFAC labels them ("Phone Number", "Email Address"), where contact screening finds them. Without an
 * {@code id}, the id is a stable hash of name, address and country. The listing is the source itself: its
 * {@code list} is the source id, so policies can tell a custom list from an official one.
 */
public final class CustomCsvFormat implements ListFormat {

    public static final String NAME = "custom-csv";
    private static final FormatInfo INFO = new FormatInfo(NAME, "custom");
    static final List<String> COLUMNS = List.of("name", "id", "aliases", "type", "country", "address", "city",
            "program", "listed_on", "remarks", "phone", "email", "identifiers");

    @Override
    public FormatInfo info() {
        return INFO;
    }

    /** A header of our columns only, with {@code name}: weak, since the user should name the format. */
    @Override
    public int recognise(Path path, String head) {
        if (Files.isDirectory(path)) {
            return 0;
        }
        List<String> columns = Arrays.stream(head.lines().findFirst().orElse("").replace("\"", "").split(","))
                .map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        return columns.contains("name") && COLUMNS.containsAll(columns) && columns.size() > 1 ? 2 : 0;
    }

    @Override
    public ParsedList parse(Path path, ParseOptions options) throws IOException {
        ListText text = ListText.read(path);
        List<Problem> problems = new ArrayList<>(text.repairs());
        List<Entity> entities = new ArrayList<>();
        problems.addAll(CsvTable.withHeader(text, ',', 0).forEach(options.lenient(),
                row -> entities.add(entity(options.source(), row))));
        return ParsedList.full(entities, Optional.empty(), problems);
    }

    private static Entity entity(String source, CsvTable.Row row) {
        Cells cells = new Cells(row);
        String name = cells.get("name");
        if (name == null) {
            throw row.error("name", "empty; every entry needs a name");
        }
        String country = cells.get("country");
        String code = country == null ? null : Countries.code(country).orElseThrow(() ->
                row.error("country", "'" + country + "' is not a known country name or ISO code"));
        String street = cells.get("address");
        String city = cells.get("city");
        String id = cells.get("id") != null ? cells.get("id")
                : StableId.of(name, street == null ? "" : street, city == null ? "" : city, code == null ? "" : code);
        Entity.Builder b = Entity.builder(source, id).type(type(row, cells.get("type"))).name(Name.primary(name));
        for (String alias : cells.list("aliases")) {
            b.name(Name.alias(alias, false));
        }
        if (street != null || city != null || code != null) {
            b.address(new Address(street, city, null, null, code == null ? null : Countries.name(code), code));
        }
        for (String phone : cells.list("phone")) {
            b.identifier(new Identifier("Phone Number", phone, null, null));
        }
        for (String email : cells.list("email")) {
            b.identifier(new Identifier("Email Address", email, null, null));
        }
        for (String value : cells.list("identifiers")) {
            b.identifier(new Identifier(null, value, null, null));
        }
        if (cells.get("program") != null) {
            b.program(cells.get("program"));
        }
        if (cells.get("remarks") != null) {
            b.remark(cells.get("remarks"));
        }
        cells.others().forEach(b::remark);
        return b.listing(new Listing(source, "custom list " + source, listedOn(row, cells.get("listed_on")), null,
                null, null, null)).build();
    }

    private static EntityType type(CsvTable.Row row, @Nullable String word) {
        if (word == null) {
            return EntityType.UNKNOWN;
        }
        EntityType t = EntityType.fromWord(word);
        if (t == EntityType.UNKNOWN && !word.equalsIgnoreCase("unknown")) {
            throw row.error("type", "'" + word + "' is not person, organization, vessel or unknown");
        }
        return t;
    }

    private static @Nullable LocalDate listedOn(CsvTable.Row row, @Nullable String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw row.error("listed_on", "'" + text + "' is not a YYYY-MM-DD date");
        }
    }

    /** The row's cells by column name, matched without case. */
    private record Cells(CsvTable.Row row) {

        @Nullable String get(String column) {
            for (int i = 0; i < row.header().size(); i++) {
                if (row.header().get(i).strip().equalsIgnoreCase(column)) {
                    return row.get(i);
                }
            }
            return null;
        }

        List<String> list(String column) {
            String v = get(column);
            return v == null ? List.of() : Arrays.stream(v.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList();
        }

        /** "column: value" for each column that is not one of ours. */
        List<String> others() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < row.header().size(); i++) {
                String column = row.header().get(i).strip();
                String value = row.get(i);
                if (!COLUMNS.contains(column.toLowerCase(Locale.ROOT)) && !column.isEmpty() && value != null) {
                    out.add(column + ": " + value);
                }
            }
            return out;
        }
    }
}
