package org.tradescreen.monitor;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.format.Problem;

/**
 * Reads a counterparty file ({@code id,name,type,country,dob,identifier}, header first; only id and name required)
 * in chunks, so a million rows never sit in memory at once. A bad row becomes a {@link Problem} naming the file,
 * line and field, and the rest of the file goes on; a file without the required columns fails at once.
 */
public final class CounterpartyCsv {

    /** Rows handed over at a time. */
    public static final int CHUNK = 10_000;

    private CounterpartyCsv() {
    }

    /** One chunk of read rows and the problems of the rows that could not be read. */
    public record Chunk(List<Counterparty> rows, List<Problem> problems) {
    }

    /**
     * Reads the whole file, handing each chunk to {@code sink} in file order.
     *
     * @param file the name used in problems
     * @throws IllegalArgumentException when the header lacks id or name, or a row is not CSV at all
     */
    public static void read(Reader in, String file, Consumer<Chunk> sink) {
        CSVParser opened;
        try {
            opened = CSVParser.builder().setReader(in).setFormat(CSVFormat.RFC4180.builder().setHeader()
                    .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get()).get();
        } catch (CSVException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv refuses a header with a blank or repeated name, or a quote left open, without saying where
            throw new IllegalArgumentException(file + ":1: the header is not usable CSV: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        long next = 2;
        try (CSVParser parser = opened) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String column : List.of("id", "name")) {
                if (!header.containsKey(column)) {
                    throw new IllegalArgumentException(file + ":1: field " + column + ": the header has no '" + column
                            + "' column (found " + header.keySet() + "; expected id,name,type,country,dob,identifier)");
                }
            }
            List<Counterparty> rows = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            for (CSVRecord r : parser) {
                long line = r.getParser().getCurrentLineNumber();
                next = line + 1;
                try {
                    rows.add(Counterparty.checked(file + ":" + line + ": ", cell(r, "id"), cell(r, "name"),
                            cell(r, "type"), cell(r, "country"), cell(r, "dob"), cell(r, "identifier")));
                } catch (IllegalArgumentException e) {
                    problems.add(problem(file, line, e.getMessage()));
                }
                if (rows.size() + problems.size() >= CHUNK) {
                    sink.accept(new Chunk(List.copyOf(rows), List.copyOf(problems)));
                    rows.clear();
                    problems.clear();
                }
            }
            if (!rows.isEmpty() || !problems.isEmpty()) {
                sink.accept(new Chunk(rows, problems));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            // commons-csv reports a broken quote this way; say where the record starts
            throw new IllegalArgumentException(file + ":" + next + ": not CSV: " + e.getMessage(), e);
        }
    }

    /** A problem from a message "FILE:LINE: FIELD: what", keeping the field apart. */
    private static Problem problem(String file, long line, String message) {
        String rest = message.startsWith(file + ":" + line + ": ")
                ? message.substring((file + ":" + line + ": ").length()) : message;
        int colon = rest.indexOf(": ");
        String field = colon > 0 && rest.substring(0, colon).matches("[a-z_]+") ? rest.substring(0, colon) : null;
        return new Problem(file, line, field, field == null ? rest : rest.substring(colon + 2));
    }

    private static @Nullable String cell(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column) : null;
    }
}
