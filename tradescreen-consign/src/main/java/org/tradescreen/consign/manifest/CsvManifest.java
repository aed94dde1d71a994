package org.tradescreen.consign.manifest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;

import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.tradescreen.io.BoundedReader;

/**
 * The flat CSV manifest: one row a goods line, the consignment's columns repeated on each; rows with the same
 * {@code consignment_id} form one consignment and must stand together. A group is made into the JSON form and read
 * by {@link JsonConsignments}, so both forms are checked alike. Columns: {@value #COLUMNS_TEXT}.
 */
final class CsvManifest extends Manifest {

    static final String COLUMNS_TEXT = "consignment_id, as_of, mode, direction, origin_country, transit_countries (|),"
            + " destination_country, shipper_/consignee_ name, address, city, country, phone, email, line_no,"
            + " description, quantity, unit, value, currency, hs_code, cas, smiles";
    private static final List<String> PARTY_ROLES = List.of("shipper", "consignee");
    private static final List<String> LINE_COLUMNS = List.of("line_no", "description", "quantity", "unit", "value",
            "currency", "hs_code", "cas", "smiles");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    private final Set<String> seen = new HashSet<>();
    private @Nullable Row pending;
    /** A row that could not be read, which ends the manifest; {@link #ENDED} once it has been given. */
    private ManifestRecord.@Nullable Bad unreadable;
    private static final ManifestRecord.Bad ENDED = new ManifestRecord.Bad("", 0, "");

    /** A row and the line it starts on. */
    private record Row(CSVRecord record, long line) {
    }

    CsvManifest(BoundedReader reader, String name) throws IOException {
        super(reader);
        try {
            this.parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180.builder().setHeader()
                    .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get()).get();
        } catch (BoundedReader.TooLong e) {
            throw e;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv refuses a header with a blank or repeated name, or a quote left open, without saying where
            throw new IllegalArgumentException(name + ":1: the header is not usable CSV: " + reason(e), e);
        }
        Map<String, Integer> header = parser.getHeaderMap();
        if (!header.containsKey("consignment_id")) {
            throw new IllegalArgumentException(name + ":1: field consignment_id: the header has no consignment_id column"
                    + " (found " + header.keySet() + ")");
        }
        this.rows = parser.iterator();
    }

    @Override
    @Nullable ManifestRecord read() {
        Row first = pending != null ? pending : nextRow();
        pending = null;
        if (first == null) {
            ManifestRecord bad = unreadable;
            unreadable = ENDED;
            return bad == ENDED ? null : bad;
        }
        long line = first.line();
        String id = cell(first.record(), "consignment_id");
        List<CSVRecord> group = new ArrayList<>(List.of(first.record()));
        Row r;
        while ((r = nextRow()) != null && cell(r.record(), "consignment_id").equals(id) && !id.isEmpty()) {
            group.add(r.record());
        }
        pending = r;
        if (!seen.add(id) && !id.isEmpty()) {
            return new ManifestRecord.Bad(id, line, "consignment_id: rows of " + id + " must stand together; more"
                    + " of them start on this line");
        }
        try {
            return new ManifestRecord.Read(JsonConsignments.read(toJson(group)), line);
        } catch (IllegalArgumentException e) {
            return new ManifestRecord.Bad(id, line, e.getMessage());
        }
    }

    /**
     * The next row, or null at the end. A row commons-csv cannot read (a quote left open, text after a closing quote)
     * ends the manifest: the rows after it cannot be told apart, so it is a bad record given after the ones before.
     */
    private @Nullable Row nextRow() {
        if (unreadable != null) {
            return null;
        }
        long line = parser.getCurrentLineNumber() + 1;
        try {
            if (!rows.hasNext()) {
                return null;
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            if (e.getCause() instanceof BoundedReader.TooLong) {
                throw e;
            }
            unreadable = new ManifestRecord.Bad("", line, "not readable CSV from this line on (a quoted field left"
                    + " open?): " + reason(e));
            return null;
        }
        CSVRecord r = rows.next();
        reader().endOfRecord(parser.getCurrentLineNumber() + 1);
        return new Row(r, line);
    }

    /** The parser's own words, without the wrapping exception's. */
    private static String reason(Exception e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        return String.valueOf(t.getMessage());
    }

    /** The rows of one consignment in the JSON form: consignment columns from its first row, a line per row. */
    private static ObjectNode toJson(List<CSVRecord> group) {
        CSVRecord first = group.get(0);
        ObjectNode c = JSON.objectNode();
        for (String column : List.of("consignment_id", "as_of", "mode", "direction", "service", "transport_doc",
                "category")) {
            putIfSet(c, column, cell(first, column));
        }
        ObjectNode route = c.putObject("route");
        putIfSet(route, "origin", cell(first, "origin_country"));
        putIfSet(route, "transit", cell(first, "transit_countries"));
        putIfSet(route, "destination", cell(first, "destination_country"));
        ArrayNode parties = c.putArray("parties");
        for (String role : PARTY_ROLES) {
            if (PARTY_FIELDS.stream().allMatch(f -> cell(first, role + "_" + f).isEmpty())) {
                continue;
            }
            ObjectNode p = parties.addObject().put("role", role);
            putIfSet(p, "name", cell(first, role + "_name"));
            ObjectNode a = p.putObject("address");
            putIfSet(a, "line", cell(first, role + "_address"));
            putIfSet(a, "city", cell(first, role + "_city"));
            putIfSet(a, "country", cell(first, role + "_country"));
            putIfSet(p, "phone", cell(first, role + "_phone"));
            putIfSet(p, "email", cell(first, role + "_email"));
        }
        ArrayNode lines = c.putArray("lines");
        for (CSVRecord row : group) {
            if (LINE_COLUMNS.stream().allMatch(col -> cell(row, col).isEmpty())) {
                continue;
            }
            ObjectNode l = lines.addObject();
            for (String column : LINE_COLUMNS) {
                putIfSet(l, column, cell(row, column));
            }
        }
        return c;
    }

    private static final List<String> PARTY_FIELDS = List.of("name", "address", "city", "country", "phone", "email");

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (!value.isEmpty()) {
            node.put(field, value);
        }
    }

    private static String cell(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column).strip() : "";
    }

    @Override
    public void close() throws IOException {
        parser.close();
        super.close();
    }

}
