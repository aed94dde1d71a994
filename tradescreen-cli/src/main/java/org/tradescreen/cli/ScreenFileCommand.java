package org.tradescreen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.tradescreen.audit.AuditFacts;
import org.tradescreen.io.BoundedReader;
import org.tradescreen.match.Algorithm;
import org.tradescreen.match.Coverage;
import org.tradescreen.match.Hit;
import org.tradescreen.match.ListsAsOf;
import org.tradescreen.match.Screener;
import org.tradescreen.review.Alerts;
import org.tradescreen.review.Subject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tradescreen screen-file}: screens every row of a CSV or JSON-lines file and writes one result
 * row per input row. It streams: rows are read, screened on all cores and written in chunks, so memory
 * stays flat however large the file. A row that cannot be screened gets its error in the output and a
 * note on stderr; the batch goes on.
 */
@Command(name = "screen-file", mixinStandardHelpOptions = true,
        description = "Screen every row of a CSV (header with name; optional id,type,country,dob,identifier) or JSON-lines file.")
final class ScreenFileCommand implements Callable<Integer> {

    private static final int CHUNK = 2048;
    private static final List<String> OUTPUT = List.of("id", "name", "hit", "top_entity_id", "top_score",
            "top_matched_name", "hits", "error");

    @ParentCommand
    TradescreenCommand root;

    @Mixin
    ScreenOptions options;

    @Parameters(paramLabel = "IN", description = "Input file.")
    Path input;

    @Option(names = "--format", paramLabel = "csv|jsonl", description = "Input format (default: by file name).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output CSV (default stdout).")
    Path output;

    /** One input row. */
    private record Row(long line, String id, String name, String type, String country, String dob, String identifier) {
    }

    /** One row's output cells, and its hits, each of which becomes an alert. */
    private record Screened(List<String> cells, List<Hit> hits) {
    }

    @Override
    public Integer call() throws IOException {
        CliFiles.regular(input, "");
        boolean jsonl = format != null ? parseFormat(format) : input.toString().endsWith(".jsonl")
                || input.toString().endsWith(".ndjson");
        Workspace ws = root.workspace().withSampleIfEmpty();
        ListsAsOf.View view = ws.listsAsOf().at(options.asOf, options.sources());
        Coverage coverage = view.coverage(options.sources());
        coverage.warnings(options.asOf).forEach(w -> System.err.println("tradescreen: warning: " + w));
        double threshold = options.threshold();
        int limit = options.limit();
        Algorithm algorithm = options.algorithm();
        long total = Files.size(input);
        Progress progress = new Progress(total);
        long rows = 0;
        long hitRows = 0;
        String name = input.getFileName().toString();
        // What the audit record commits to: every result row (by hash) and each hit row in full.
        MessageDigest results = AuditFacts.digest();
        ArrayNode hits = JsonNodeFactory.instance.arrayNode();
        try (BoundedReader reader = jsonl
                ? BoundedReader.lines(reader(progress), name, BoundedReader.DEFAULT_LIMIT)
                : BoundedReader.records(reader(progress), name, BoundedReader.DEFAULT_LIMIT);
             Writer out = CliFiles.output(output);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            printer.printRecord(OUTPUT);
            Iterator<Row> it = jsonl ? jsonRows(reader) : csvRows(reader);
            List<Row> chunk = new ArrayList<>(CHUNK);
            while (it.hasNext()) {
                chunk.add(it.next());
                if (chunk.size() == CHUNK || !it.hasNext()) {
                    Screened[] screened = screen(chunk, view.screener(), threshold, limit, algorithm);
                    List<Alerts.Raise> raises = new ArrayList<>();
                    for (int i = 0; i < screened.length; i++) {
                        List<String> r = screened[i].cells();
                        raises.addAll(alerts(chunk.get(i), screened[i].hits(), view));
                        CliFiles.print(printer, r);
                        results.update(String.join("\u001f", r).concat("\n").getBytes(StandardCharsets.UTF_8));
                        if ("true".equals(r.get(2))) {
                            hitRows++;
                            hits.addObject().put("line", chunk.get(i).line()).put("id", r.get(0)).put("name", r.get(1))
                                    .put("entity_id", r.get(3)).put("score", Double.parseDouble(r.get(4)));
                        }
                    }
                    ws.alerts().raise(raises);
                    rows += chunk.size();
                    progress.update(rows);
                    chunk.clear();
                }
            }
            printer.flush();
        }
        progress.done();
        ObjectNode record = JsonNodeFactory.instance.objectNode()
                .put("command", "screen-file")
                .put("input_file", name)
                .put("input_sha256", AuditFacts.sha256(input))
                .put("as_of", String.valueOf(view.asOf()))
                .put("threshold", threshold)
                .put("algorithm", algorithm.name())
                .put("coverage_complete", coverage.complete())
                .put("rows", rows)
                .put("hit_rows", hitRows)
                .put("results_sha256", HexFormat.of().formatHex(results.digest()));
        record.set("lists", AuditFacts.lists(view.versions()));
        record.set("hits", hits);
        ws.audit().append("batch", AuditFacts.cliActor(), record);
        System.err.printf("tradescreen: screened %d rows, %d with a hit at threshold %.2f%n", rows, hitRows, threshold);
        if (!coverage.complete()) {
            System.err.println("tradescreen: not a clear result: " + coverage.missing().size()
                    + " list(s) had no version in force that day (see the warnings above)");
            return ExitCodes.INCOMPLETE;
        }
        return ExitCodes.OK;
    }

    private BufferedReader reader(Progress progress) throws IOException {
        return new BufferedReader(new InputStreamReader(progress.track(Files.newInputStream(input)), StandardCharsets.UTF_8));
    }

    private boolean parseFormat(String f) {
        return switch (f) {
            case "csv" -> false;
            case "jsonl" -> true;
            default -> throw new UserInputException("--format must be csv or jsonl, got '" + f + "'");
        };
    }

    /** Every hit of a row is an alert on that subject (one per list entry, however often it is screened). */
    private static List<Alerts.Raise> alerts(Row row, List<Hit> hits, ListsAsOf.View view) {
        if (hits.isEmpty()) {
            return List.of();
        }
        Subject subject = new Subject(row.id(), row.name(), row.type(), row.country(), row.dob(),
                row.identifier() == null ? List.of() : List.of(row.identifier()));
        return hits.stream().map(h -> Alerts.Raise.of(subject, h, version(view, h.source()), "batch", "batch"))
                .toList();
    }

    static String version(ListsAsOf.View view, String source) {
        return view.versions().stream().filter(v -> v.source().equals(source)).findFirst()
                .map(v -> v.source() + ":" + v.version()).orElse(source);
    }

    private Screened[] screen(List<Row> chunk, Screener screener, double threshold, int limit, Algorithm algorithm) {
        Screened[] out = new Screened[chunk.size()];
        IntStream.range(0, chunk.size()).parallel().forEach(i -> out[i] = screenRow(chunk.get(i), screener,
                threshold, limit, algorithm));
        return out;
    }

    private Screened screenRow(Row row, Screener screener, double threshold, int limit, Algorithm algorithm) {
        String where = input.getFileName() + ":" + row.line() + ": field ";
        try {
            if (row.name() == null || row.name().isBlank()) {
                throw new UserInputException(where + "name: empty");
            }
            List<Hit> hits = screener.screen(options.query(row.name(), row.type(), row.country(), row.dob(), row.identifier(), where),
                    threshold, limit, algorithm);
            Hit top = hits.isEmpty() ? null : hits.get(0);
            return new Screened(List.of(nz(row.id()), row.name(), String.valueOf(top != null),
                    top == null ? "" : top.entityId(), top == null ? "" : String.valueOf(top.score()),
                    top == null ? "" : top.matchedName(), String.valueOf(hits.size()), ""), hits);
        } catch (UserInputException | IllegalArgumentException e) {
            System.err.println("tradescreen: note: " + e.getMessage());
            return new Screened(List.of(nz(row.id()), nz(row.name()), "false", "", "", "", "0", e.getMessage()),
                    List.of());
        }
    }

    private Iterator<Row> csvRows(BoundedReader reader) throws IOException {
        CSVParser parser = CSVParser.builder().setReader(reader)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true).setTrim(true).get()).get();
        Map<String, Integer> header = parser.getHeaderMap();
        if (!header.containsKey("name")) {
            throw new UserInputException(input + ":1: field name: the header has no 'name' column (found "
                    + header.keySet() + ")");
        }
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Row next() {
                CSVRecord r = records.next();
                reader.endOfRecord(r.getParser().getCurrentLineNumber() + 1);
                return new Row(r.getParser().getCurrentLineNumber(), cell(r, "id"), cell(r, "name"), cell(r, "type"),
                        cell(r, "country"), cell(r, "dob"), cell(r, "identifier"));
            }
        };
    }

    private static String cell(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) && !r.get(column).isBlank() ? r.get(column) : null;
    }

    private Iterator<Row> jsonRows(BoundedReader reader) {
        ObjectMapper json = new ObjectMapper();
        Iterator<String> lines = new BufferedReader(reader).lines().iterator();
        return new Iterator<>() {
            long line;
            Row next = advance();

            private Row advance() {
                while (lines.hasNext()) {
                    String text = lines.next();
                    line++;
                    if (text.isBlank()) {
                        continue;
                    }
                    try {
                        JsonNode n = json.readTree(text);
                        return new Row(line, text(n, "id"), text(n, "name"), text(n, "type"), text(n, "country"),
                                text(n, "dob"), text(n, "identifier"));
                    } catch (IOException e) {
                        return new Row(line, null, null, null, null, null, null);
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Row next() {
                Row r = next;
                next = advance();
                return r;
            }
        };
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
