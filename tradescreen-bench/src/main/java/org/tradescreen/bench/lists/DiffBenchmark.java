package org.tradescreen.bench.lists;

import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tradescreen.bench.SharedFiles;
import org.tradescreen.lists.history.ListDiff;
import org.tradescreen.lists.load.ListLoader;
import org.tradescreen.lists.load.LoadRequest;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.lists.snapshot.SnapshotVersion;

/**
 * Diffing two stored SDN versions (2023-11-15 and 2023-11-17: 41 added, 0 removed, 2 changed) by record
 * hash, against the naive diff that reads both versions in full and compares every entity. The store
 * is H2 by default; {@code -p db=jdbc:postgresql://...} measures PostgreSQL.
 *
 * <pre>java -jar tradescreen-bench/target/benchmarks.jar DiffBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DiffBenchmark {

    @Param({"h2"})
    public String db;

    private SnapshotStore store;
    private SnapshotVersion from;
    private SnapshotVersion to;

    @Setup
    public void setUp() throws Exception {
        String url = db.equals("h2") ? Database.embeddedUrl(Files.createTempDirectory("diff-bench")) : db;
        store = new SnapshotStore(Database.open(url), Clock.systemUTC());
        ListLoader loader = new ListLoader(store, Clock.systemUTC());
        for (String day : List.of("2023-11-15", "2023-11-17")) {
            loader.load(new LoadRequest(List.of(SharedFiles.path("lists/ofac-sdn-series/sdn_" + day + ".csv")),
                    "ofac-csv", "bench-sdn", null, false, false));
        }
        List<SnapshotVersion> versions = store.versions("bench-sdn");
        from = versions.get(versions.size() - 2);
        to = versions.get(versions.size() - 1);
    }

    @Benchmark
    public ListDiff byRecordHash() {
        return ListDiff.between(store, from, to);
    }

    @Benchmark
    public int[] naiveFullCompare() {
        return NaiveDiff.between(store, from.id(), to.id());
    }
}
