package org.tradescreen.spark;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.apache.spark.sql.SparkSession;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.lists.snapshot.SnapshotVersion;
import org.tradescreen.match.ListsAsOf;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.settings.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tradescreen spark sweep -o OUT.parquet}: the monitoring sweep of the whole stored base as a Spark job, its
 * matches exported as Parquet. It reads the store and changes nothing in it: differences from what monitoring keeps are
 * reported (exit 3), and {@code counterparties sweep} mends them.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Screen every stored counterparty against every entry in force on Spark; write the matches as Parquet.")
final class SparkSweepCommand implements Callable<Integer> {

    @ParentCommand
    SparkMain.Spark spark;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.parquet", description = "The matches (a Parquet folder).")
    String output;

    @Mixin
    JobOptions job;

    @Override
    public Integer call() throws Exception {
        DataDirectory dir = DataDirectory.resolve(spark.root.dataDir, spark.root.db);
        double threshold = dir.monitorThreshold();
        CompletableFuture<SparkSession> starting = job.startSession("tradescreen sweep");
        SnapshotStore store = new SnapshotStore(Database.open(dir.storeUrl()), Clock.systemUTC());
        try {
            ListsAsOf.View view = new ListsAsOf(store, NameAnalyzer.standard(), dir.compiledIndexes())
                    .at(null, Set.of());
            if (view.versions().isEmpty()) {
                throw new IllegalArgumentException("the store holds no lists: there is nothing to sweep against");
            }
            Map<String, String> versionOf = new HashMap<>();
            for (SnapshotVersion v : view.versions()) {
                versionOf.put(v.source(), view.versionOf(v.source()));
            }
            List<long[]> bounds = store.database().query("cannot read the counterparties' range",
                    "SELECT MIN(seq), MAX(seq) FROM counterparty", ps -> { }, rs -> new long[] {rs.getLong(1), rs.getLong(2)});
            IndexBroadcast index = IndexBroadcast.of(view.screener());
            SweepJob.Summary s;
            try (SparkSession session = SparkSessions.await(starting)) {
                s = SweepJob.run(session, index, SweepJob.Store.of(dir.storeUrl()), bounds.get(0), threshold, versionOf,
                        output, job.partitions);
            }
            System.err.printf("tradescreen: swept %d counterparties against %d entries at %.2f: %d matches written to %s%n",
                    s.counterparties(), view.screener().index().entityCount(), threshold, s.matches(), output);
            if (s.notKept() + s.keptNotFound() > 0) {
                System.err.printf("tradescreen: %d matches found that monitoring does not keep, %d kept that the sweep"
                        + " does not find: run 'tradescreen counterparties sweep' to mend them%n", s.notKept(), s.keptNotFound());
                return SparkMain.INTERNAL_ERROR;
            }
            System.err.println("tradescreen: monitoring keeps exactly these matches");
            return SparkMain.OK;
        } finally {
            starting.thenAccept(SparkSession::stop);
            store.database().close();
        }
    }
}
