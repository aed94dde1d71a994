package org.tradescreen.cli;

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
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.tradescreen.audit.AuditFacts;
import org.tradescreen.io.BoundedReader;
import org.tradescreen.match.Coverage;
import org.tradescreen.match.Hit;
import org.tradescreen.match.ListsAsOf;
import org.tradescreen.match.Screener;
import org.tradescreen.match.batch.BatchRow;
import org.tradescreen.match.batch.BatchRows;
import org.tradescreen.match.batch.BatchScreening;
import org.tradescreen.match.batch.BatchSettings;
import org.tradescreen.review.Alerts;
import org.tradescreen.workspace.Workspace;
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

    @ParentCommand
    TradescreenCommand root;

    @Mixin
    ScreenOptions options;

    @Parameters(paramLabel = "IN", description = "Input file.")
    Path input;

    @Option(names = "--format", paramLabel = "csv|jsonl", description = "Input format (default: by file name).")
    @Nullable String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output CSV (default stdout).")
    @Nullable Path output;

    @Override
    public Integer call() throws IOException {
        CliFiles.regular(input, "");
        boolean jsonl = format != null ? parseFormat(format) : input.toString().endsWith(".jsonl")
                || input.toString().endsWith(".ndjson");
        Workspace ws = root.workspace().withSampleIfEmpty();
        ListsAsOf.View view = ws.listsAsOf().at(options.asOf, options.sources());
        Coverage coverage = view.coverage(options.sources());
        coverage.warnings(options.asOf).forEach(w -> System.err.println("tradescreen: warning: " + w));
        BatchSettings settings = options.settings();
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
             CSVPrinter printer = new CSVPrinter(out, BatchScreening.OUTPUT)) {
            printer.printRecord(BatchScreening.COLUMNS);
            Iterator<BatchRow> it = jsonl ? BatchRows.jsonLines(reader) : BatchRows.csv(reader, name);
            List<BatchRow> chunk = new ArrayList<>(CHUNK);
            while (it.hasNext()) {
                chunk.add(it.next());
                if (chunk.size() == CHUNK || !it.hasNext()) {
                    BatchScreening.Result[] screened = screen(chunk, view.screener(), settings, name);
                    List<Alerts.Raise> raises = new ArrayList<>();
                    for (int i = 0; i < screened.length; i++) {
                        List<String> r = screened[i].cells();
                        if (!screened[i].error().isEmpty()) {
                            System.err.println("tradescreen: note: " + screened[i].error());
                        }
                        raises.addAll(alerts(chunk.get(i), screened[i].hits(), view));
                        CliFiles.print(printer, r);
                        results.update(String.join("\u001f", r).concat("\n").getBytes(StandardCharsets.UTF_8));
                        if (screened[i].hit()) {
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
                .put("threshold", settings.threshold())
                .put("algorithm", settings.algorithm().name())
                .put("coverage_complete", coverage.complete())
                .put("rows", rows)
                .put("hit_rows", hitRows)
                .put("results_sha256", HexFormat.of().formatHex(results.digest()));
        record.set("lists", AuditFacts.lists(view.versions()));
        record.set("hits", hits);
        ws.audit().append("batch", AuditFacts.cliActor(), record);
        System.err.printf("tradescreen: screened %d rows, %d with a hit at threshold %.2f%n", rows, hitRows,
                settings.threshold());
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
    private static List<Alerts.Raise> alerts(BatchRow row, List<Hit> hits, ListsAsOf.View view) {
        return hits.stream().map(h -> Alerts.Raise.of(row.subject(), h, view.versionOf(h.source()), "batch", "batch"))
                .toList();
    }

    /** A chunk of rows screened on all cores, in order. */
    private static BatchScreening.Result[] screen(List<BatchRow> chunk, Screener screener, BatchSettings settings,
                                                  String file) {
        BatchScreening.Result[] out = new BatchScreening.Result[chunk.size()];
        IntStream.range(0, chunk.size()).parallel().forEach(i -> out[i] = BatchScreening.screen(screener, chunk.get(i),
                settings, file));
        return out;
    }
}
