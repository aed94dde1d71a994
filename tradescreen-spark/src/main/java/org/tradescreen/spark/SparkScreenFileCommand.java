package org.tradescreen.spark;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.tradescreen.audit.AuditFacts;
import org.tradescreen.audit.AuditLog;
import org.tradescreen.audit.InstanceKey;
import org.tradescreen.lists.load.ListLoader;
import org.tradescreen.lists.sample.BundledSample;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.match.Algorithm;
import org.tradescreen.match.Coverage;
import org.tradescreen.match.Hit;
import org.tradescreen.match.ListsAsOf;
import org.tradescreen.match.batch.BatchRow;
import org.tradescreen.match.batch.BatchScreening;
import org.tradescreen.match.batch.BatchSettings;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.match.score.Tuning;
import org.tradescreen.review.Alerts;
import org.tradescreen.settings.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tradescreen spark screen-file IN -o OUT}: {@code screen-file} as a Spark job. The driver opens the store as
 * the command line does, compiles the lists as of the date asked, broadcasts the index, and after the job raises an
 * alert for each hit and appends one audit record of the run, as {@code screen-file} does.
 */
@Command(name = "screen-file", mixinStandardHelpOptions = true,
        description = "Screen every row of a CSV, JSON-lines or Parquet file on Spark; write CSV or Parquet (by extension).")
final class SparkScreenFileCommand implements Callable<Integer> {

    @ParentCommand
    SparkMain.Spark spark;

    @Parameters(paramLabel = "IN", description = "Input: a file or folder, local or on any file system Spark reads (hdfs://, s3a://…).")
    String input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Output (.csv, or .parquet for a Parquet folder).")
    String output;

    @Mixin
    JobOptions job;

    @Option(names = "--format", paramLabel = "csv|jsonl|parquet", description = "Input format (default: by file name).")
    @Nullable String format;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Screen against each list as it stood that day.")
    @Nullable LocalDate asOf;

    @Option(names = "--source", paramLabel = "ID", description = "Only these sources (repeatable; default all).")
    @Nullable List<String> sources;

    @Option(names = "--type", paramLabel = "TYPE", description = "Type of a party whose row has none.")
    @Nullable String type;

    @Option(names = "--country", paramLabel = "CC", description = "Country of a party whose row has none.")
    @Nullable String country;

    @Option(names = "--dob", paramLabel = "DATE", description = "Birth date of a party whose row has none.")
    @Nullable String dob;

    @Option(names = "--identifier", paramLabel = "VALUE", description = "Identifier of a party whose row has none (repeatable).")
    @Nullable List<String> identifiers;

    @Option(names = "--threshold", paramLabel = "X", description = "Decision threshold in [0,1] (default 0.75).")
    @Nullable Double threshold;

    @Option(names = "--limit", paramLabel = "K", defaultValue = "10", description = "Most hits per name (default 10).")
    int limit;

    @Option(names = "--algorithm", paramLabel = "A", defaultValue = Algorithm.DEFAULT_CODE, description = "tradescreen-v1, or ofac.")
    String algorithm;

    @Override
    public Integer call() throws Exception {
        Set<String> chosen = sources == null ? Set.of() : new LinkedHashSet<>(sources);
        BatchSettings settings = new BatchSettings(threshold == null ? Tuning.DEFAULT_THRESHOLD : threshold, limit,
                Algorithm.of(algorithm), type, country, dob, identifiers, chosen);
        ScreenFileJob.Format in = format == null ? ScreenFileJob.Format.of(input) : format(format);
        DataDirectory dir = DataDirectory.resolve(spark.root.dataDir, spark.root.db);
        CompletableFuture<SparkSession> starting = job.startSession("tradescreen screen-file");
        Clock clock = Clock.systemUTC();
        SnapshotStore store = new SnapshotStore(Database.open(dir.storeUrl()), clock);
        try {
            BundledSample.loadIfEmpty(store, new ListLoader(store, clock), dir.path());
            ListsAsOf.View view = new ListsAsOf(store, NameAnalyzer.standard(), dir.compiledIndexes())
                    .at(asOf, chosen);
            Coverage coverage = view.coverage(chosen);
            coverage.warnings(asOf).forEach(w -> System.err.println("tradescreen: warning: " + w));
            IndexBroadcast index = IndexBroadcast.of(view.screener());
            System.err.printf("tradescreen: broadcasting the compiled lists: %d entries, %d names, %.1f MB%n",
                    view.screener().index().entityCount(), view.screener().index().size(), index.size() / 1e6);
            ScreenFileJob.Summary summary;
            try (SparkSession session = SparkSessions.await(starting)) {
                summary = ScreenFileJob.run(session, index, new ScreenFileJob.Request(input, output, in, settings,
                        job.partitions));
            }
            summary.firstErrors().forEach(e -> System.err.println("tradescreen: note: " + e));
            if (summary.errorRows() > summary.firstErrors().size()) {
                System.err.printf("tradescreen: note: %d more rows with an error (see the error column)%n",
                        summary.errorRows() - summary.firstErrors().size());
            }
            record(dir, store, clock, view, coverage, settings, summary);
            System.err.printf("tradescreen: screened %d rows, %d with a hit at threshold %.2f%n", summary.rows(),
                    summary.hitRows().size(), settings.threshold());
            if (!coverage.complete()) {
                System.err.println("tradescreen: not a clear result: " + coverage.missing().size()
                        + " list(s) had no version in force that day (see the warnings above)");
                return SparkMain.INCOMPLETE;
            }
            return SparkMain.OK;
        } finally {
            // a session still starting when the driver failed is stopped once it has started
            starting.thenAccept(SparkSession::stop);
            store.database().close();
        }
    }

    /**
     * Raises an alert for each hit and appends the run's audit record, as {@code screen-file} does. The rows with a hit
     * are few: the driver screens them again to have their hits whole (explanations and all).
     */
    private void record(DataDirectory dir, SnapshotStore store, Clock clock, ListsAsOf.View view, Coverage coverage,
                        BatchSettings settings, ScreenFileJob.Summary summary) throws java.io.IOException {
        AuditLog audit = new AuditLog(store.database(), InstanceKey.of(dir.path()), clock);
        Alerts alerts = new Alerts(store.database(), audit, clock);
        String file = new org.apache.hadoop.fs.Path(input).getName();
        ArrayNode hits = JsonNodeFactory.instance.arrayNode();
        List<Alerts.Raise> raises = new ArrayList<>();
        for (BatchRow row : summary.hitRows()) {
            List<Hit> found = BatchScreening.screen(view.screener(), row, settings, file).hits();
            found.forEach(h -> raises.add(Alerts.Raise.of(row.subject(), h, view.versionOf(h.source()), "batch", "batch")));
            Hit top = found.get(0);
            hits.addObject().put("line", row.line()).put("id", row.id() == null ? "" : row.id()).put("name", row.name())
                    .put("entity_id", top.entityId()).put("score", top.score());
        }
        alerts.raise(raises);
        Path local = Path.of(input);
        ObjectNode record = JsonNodeFactory.instance.objectNode()
                .put("command", "spark screen-file")
                .put("input_file", file)
                .put("input_sha256", Files.isRegularFile(local) ? AuditFacts.sha256(local) : null)
                .put("output_sha256", summary.outputSha256())
                .put("as_of", String.valueOf(view.asOf()))
                .put("threshold", settings.threshold())
                .put("algorithm", settings.algorithm().name())
                .put("coverage_complete", coverage.complete())
                .put("rows", summary.rows())
                .put("hit_rows", summary.hitRows().size());
        record.set("lists", AuditFacts.lists(view.versions()));
        record.set("hits", hits);
        audit.append("batch", AuditFacts.cliActor(), record);
        audit.checkpoint();
    }

    private static ScreenFileJob.Format format(String f) {
        return switch (f) {
            case "csv" -> ScreenFileJob.Format.CSV;
            case "jsonl" -> ScreenFileJob.Format.JSONL;
            case "parquet" -> ScreenFileJob.Format.PARQUET;
            default -> throw new IllegalArgumentException("--format must be csv, jsonl or parquet, got '" + f + "'");
        };
    }
}
