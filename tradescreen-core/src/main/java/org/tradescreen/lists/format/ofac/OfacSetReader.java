package org.tradescreen.lists.format.ofac;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.format.CsvTable;
import org.tradescreen.lists.format.ListText;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.lists.format.Problem;
import org.tradescreen.model.Address;
import org.tradescreen.model.Countries;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Listing;
import org.tradescreen.model.Name;
import org.tradescreen.model.NameKind;
import org.tradescreen.model.Vessel;

/**
 * One parse of one OFAC CSV set. The primary file is read first; the address, alias and comment
 * files are then joined onto its entries by ent_num, and rows whose ent_num the primary file lacks
 * are skipped and reported. Remarks are taken apart last, once their continuations are joined.
 */
final class OfacSetReader {

    /** An ent_num: digits only ("36", "52327"). */
    static final Pattern ENT_NUM = Pattern.compile("\\d{1,18}");
    static final int PRIMARY_COLUMNS = 12;
    /** The length at which OFAC cuts Remarks in the primary file, continuing it in the comments file. */
    private static final int REMARKS_CUT = 1000;

    /** An entry being collected; {@code remarks} is raw so that a continuation joins mid-word. */
    private static final class Entry {
        private final Entity.Builder builder;
        private final long line;
        private final StringBuilder remarks = new StringBuilder();
        private boolean cutShort;
        private boolean continued;

        private Entry(Entity.Builder builder, long line) {
            this.builder = builder;
            this.line = line;
        }
    }

    private final ParseOptions options;
    private final Listing listing;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private @Nullable String primaryName;

    OfacSetReader(ParseOptions options, Listing listing) {
        this.options = options;
        this.listing = listing;
    }

    /**
     * sdn.csv or cons_prim.csv: ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type,
     * Tonnage, GRT, Vess_flag, Vess_owner, Remarks. Read first: the other files join onto it.
     */
    void primary(Path file) throws IOException {
        primaryName = String.valueOf(file.getFileName());
        read(file, PRIMARY_COLUMNS, this::primaryRow);
    }

    /** add.csv: ent_num, add_num, address, city/state/postal code, country, add_remarks. */
    void addresses(Path file) throws IOException {
        readJoined(file, 6, (entry, row) -> {
            String street = row.get(2);
            String city = row.get(3);
            String country = row.get(4);
            if (street != null || city != null || country != null) {
                // OFAC gives city, state and postal code in one cell ("Miami, FL 33130"); it is kept whole.
                entry.builder.address(new Address(street, city, null, null, country,
                        Countries.code(country).orElse(null)));
            }
            entry.builder.remark(row.get(5));
        });
    }

    /** alt.csv: ent_num, alt_num, alt_type (aka, fka, nka), alt_name, alt_remarks. */
    void aliases(Path file) throws IOException {
        readJoined(file, 5, (entry, row) -> {
            String name = row.get(3);
            if (name == null) {
                throw row.error("alt_name", "the alias has no name");
            }
            // "nka" (now known as) and unknown types read as aliases; the listed name stays primary.
            NameKind kind = "fka".equalsIgnoreCase(row.get(2)) ? NameKind.FORMER : NameKind.ALIAS;
            entry.builder.name(Name.of(name, kind, false));
            String remarks = row.get(4);
            if (remarks != null) {
                entry.builder.remark(name + ": " + remarks);
            }
        });
    }

    /** sdn_comments.csv: ent_num and the rest of a Remarks text cut short in the primary file. */
    void comments(Path file) throws IOException {
        readJoined(file, 2, (entry, row) -> {
            entry.remarks.append(row.record().get(1)); // raw: the cut may fall just before a space
            entry.continued = true;
        });
    }

    ParsedList result() {
        List<Entity> entities = new ArrayList<>(entries.size());
        for (Entry e : entries.values()) {
            if (!e.remarks.toString().isBlank()) {
                OfacRemarks.read(e.remarks.toString().strip(), e.cutShort && !e.continued, e.builder);
            }
            entities.add(e.builder.build());
        }
        return ParsedList.full(entities, Optional.empty(), problems);
    }

    private void primaryRow(CsvTable.Row row) {
        String id = entNum(row);
        Entry earlier = entries.get(id);
        if (earlier != null) {
            throw row.error("ent_num", "ent_num " + id + " is already on line " + earlier.line);
        }
        String name = row.get(1);
        if (name == null) {
            throw row.error("SDN_Name", "the entry has no name");
        }
        String type = row.get(2);
        Entity.Builder b = Entity.builder(options.source(), id)
                .type(type == null ? EntityType.ORGANIZATION : EntityType.fromWord(type)) // "-0-" marks an entity
                .name(Name.primary(name))
                .title(row.get(4))
                .listing(listing);
        String programs = row.get(3);
        if (programs != null) {
            for (String p : programs.split("\\]\\s*\\[")) {
                b.program(p.replace("[", "").replace("]", ""));
            }
        }
        if (IntStream.rangeClosed(5, 10).anyMatch(i -> row.get(i) != null)) {
            b.vessel(new Vessel(row.get(5), row.get(6), row.get(9), row.get(7), row.get(8), row.get(10)));
        }
        Entry entry = new Entry(b, row.line());
        if (row.get(11) != null) {
            String raw = row.record().get(11);
            entry.remarks.append(raw);
            entry.cutShort = raw.length() >= REMARKS_CUT;
        }
        entries.put(id, entry);
    }

    /** Reads a companion file, handing each row to {@code join} with the entry its ent_num names. */
    private void readJoined(Path file, int columns, BiConsumer<Entry, CsvTable.Row> join) throws IOException {
        read(file, columns, row -> {
            String id = entNum(row);
            Entry entry = entries.get(id);
            if (entry == null) {
                problems.add(new Problem(String.valueOf(file), row.line(), "ent_num",
                        "ent_num " + id + " is not in " + primaryName + "; row skipped"));
                return;
            }
            join.accept(entry, row);
        });
    }

    private void read(Path file, int columns, Consumer<CsvTable.Row> sink) throws IOException {
        ListText text = ListText.read(file);
        problems.addAll(text.repairs());
        problems.addAll(CsvTable.headerless(text, columns).forEach(options.lenient(), row -> {
            if (row.size() > columns) {
                throw row.error("column " + (columns + 1),
                        "row has " + row.size() + " columns, expected " + columns + " (an unquoted comma?)");
            }
            sink.accept(row);
        }));
    }

    private static String entNum(CsvTable.Row row) {
        String cell = row.get(0);
        if (cell == null || !ENT_NUM.matcher(cell).matches()) {
            throw row.error("ent_num", "not an integer: '" + (cell == null ? "" : cell) + "'");
        }
        return Long.toString(Long.parseLong(cell));
    }
}
