package org.tradescreen.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import org.tradescreen.audit.AuditLog;
import org.tradescreen.audit.InstanceKey;
import org.tradescreen.consign.manifest.Manifest;
import org.tradescreen.consign.policy.Policy;
import org.tradescreen.consign.policy.PolicyLoader;
import org.tradescreen.consign.screen.ConsignmentAudit;
import org.tradescreen.lists.load.ListLoader;
import org.tradescreen.lists.sample.BundledSample;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.match.ListsAsOf;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.review.Alerts;
import org.tradescreen.settings.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code tradescreen spark consignments screen MANIFEST.jsonl -o OUT.jsonl}: {@code consignments screen} on Spark. */
@Command(name = "consignments", mixinStandardHelpOptions = true, subcommands = SparkConsignmentsCommand.Screen.class,
        description = "Screen consignment manifests on Spark.")
final class SparkConsignmentsCommand {

    @ParentCommand
    SparkMain.Spark spark;

    /**
     * Decides every consignment of a JSON-lines manifest under a policy, writes the decisions as {@code consignments
     * screen} writes them, records each in the audit log and raises the alerts of REVIEWs and HOLDs. Exit 0 when all are
     * CLEAR, 1 when any is REVIEW or HOLD, 2 when a record could not be read.
     */
    @Command(name = "screen", mixinStandardHelpOptions = true,
            description = "Decide every consignment of a JSON-lines manifest on Spark; exit 0 all CLEAR, 1 any REVIEW or HOLD, 2 unreadable records.")
    static final class Screen implements Callable<Integer> {

        @ParentCommand
        SparkConsignmentsCommand parent;

        @Parameters(paramLabel = "MANIFEST", description = "A JSON-lines manifest, local or on any file system Spark reads.")
        String input;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.jsonl", description = "The decisions, one JSON line each, in manifest order.")
        String output;

        @Option(names = "--policy", paramLabel = "POLICY.yaml", description = "The policy (default: the shipped one).")
        @Nullable Path policyFile;

        @Option(names = "--as-of", paramLabel = "DATE", description = "The date of consignments that give none (default today).")
        @Nullable LocalDate asOf;

        @Mixin
        JobOptions job;

        @Override
        public Integer call() throws IOException {
            if (Manifest.Format.of(input) == Manifest.Format.CSV) {
                throw new IllegalArgumentException(input + ": a CSV manifest keeps each consignment's rows together, which"
                        + " a job splitting the file by lines would part; give JSON lines, or use 'tradescreen consignments screen'");
            }
            String policyName = policyFile == null ? "bundled policy" : policyFile.getFileName().toString();
            byte[] policyYaml = policyFile == null ? PolicyLoader.bundledBytes() : Files.readAllBytes(policyFile);
            Policy policy = PolicyLoader.load(policyName, policyYaml);
            Clock clock = Clock.systemUTC();
            LocalDate fallback = asOf != null ? asOf : LocalDate.now(clock);
            DataDirectory dir = DataDirectory.resolve(parent.spark.root.dataDir, parent.spark.root.db);
            CompletableFuture<SparkSession> starting = job.startSession("tradescreen consignments");
            SnapshotStore store = new SnapshotStore(Database.open(dir.storeUrl()), clock);
            try {
                BundledSample.loadIfEmpty(store, new ListLoader(store, clock), dir.path());
                ListsAsOf lists = new ListsAsOf(store, NameAnalyzer.standard(), dir.compiledIndexes());
                AuditLog log = new AuditLog(store.database(), InstanceKey.of(dir.path()), clock);
                ConsignmentAudit audit = new ConsignmentAudit(log, new Alerts(store.database(), log, clock));
                long[] counts = new long[5]; // consignments, CLEAR, REVIEW, HOLD, unreadable
                try (SparkSession session = SparkSessions.await(starting)) {
                    org.apache.hadoop.fs.Path in = new org.apache.hadoop.fs.Path(input);
                    if (!in.getFileSystem(session.sparkContext().hadoopConfiguration()).exists(in)) {
                        throw new IllegalArgumentException(input + ": no such file");
                    }
                    JavaRDD<scala.Tuple2<String, Long>> lines = ConsignmentsJob.lines(session, input, job.partitions)
                            .persist(StorageLevel.MEMORY_AND_DISK());
                    List<LocalDate> dates = ConsignmentsJob.dates(lines, fallback);
                    ShippedLists shipped = ShippedLists.of(lists, dates);
                    System.err.printf("tradescreen: shipping the lists of %d dates: %d sets of versions, %.1f MB%n",
                            dates.size(), shipped.indexCount(), shipped.bytes() / 1e6);
                    org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(output);
                    FileSystem fs = out.getFileSystem(session.sparkContext().hadoopConfiguration());
                    org.apache.hadoop.fs.Path partial = new org.apache.hadoop.fs.Path(out.getParent(),
                            "." + out.getName() + ".tmp-" + System.nanoTime());
                    try {
                        try (OutputStream w = fs.create(partial, true)) {
                            ConsignmentsJob.run(session, lines, shipped, policyName, policyYaml, fallback, d -> {
                                write(w, d.json() + "\n");
                                audit.add(d.payload(), d.alerts());
                                counts[0]++;
                                counts[d.failed() ? 4 : switch (d.decision()) {
                                    case "CLEAR" -> 1;
                                    case "REVIEW" -> 2;
                                    default -> 3;
                                }]++;
                            });
                        }
                        if (fs.exists(out) && !fs.delete(out, false) || !fs.rename(partial, out)) {
                            throw new IOException("cannot move the decisions into " + out);
                        }
                    } finally {
                        fs.delete(partial, false);
                    }
                }
                audit.flush();
                log.checkpoint();
                System.err.printf("tradescreen: %d consignments: %d CLEAR, %d REVIEW, %d HOLD, %d not readable (policy %s %s)%n",
                        counts[0], counts[1], counts[2], counts[3], counts[4], policy.stamp().id(), policy.stamp().version());
                return counts[4] > 0 ? SparkMain.INPUT_ERROR : counts[2] + counts[3] > 0 ? 1 : SparkMain.OK;
            } finally {
                starting.thenAccept(SparkSession::stop);
                store.database().close();
            }
        }

        private static void write(OutputStream w, String text) {
            try {
                w.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
