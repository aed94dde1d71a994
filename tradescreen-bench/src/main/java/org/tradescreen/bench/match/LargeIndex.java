package org.tradescreen.bench.match;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.lists.snapshot.SnapshotVersion;
import org.tradescreen.match.ListsAsOf;
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.match.normalize.NameAnalyzer;

/**
 * The compiled index of a data directory's newest lists, built as a command builds it (entities streamed from the
 * store a batch at a time, into an index file) and then opened as the next command opens it (mapped, checked): the
 * time of each, the heap the open index holds, and each table's share of the file.
 *
 * <pre>java -Xmx2g -cp tradescreen-bench/target/benchmarks.jar org.tradescreen.bench.match.LargeIndex DATA_DIR|JDBC_URL OUT.tsix</pre>
 */
public final class LargeIndex {

    private static final int BATCH = 20_000;

    private LargeIndex() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0].startsWith("jdbc:") ? args[0] : Database.embeddedUrl(Path.of(args[0]));
        Path out = Path.of(args[1]);
        NameAnalyzer analyzer = NameAnalyzer.standard();
        try (Database db = Database.open(url)) {
            SnapshotStore store = new SnapshotStore(db, Clock.systemUTC());
            List<SnapshotVersion> versions = new ListsAsOf(store, analyzer).versions(null, Set.of());
            long before = usedAfterGc();
            long t0 = System.nanoTime();
            ScreeningIndex built = ScreeningIndex.build(out, "bench", analyzer, sink -> {
                for (SnapshotVersion v : versions) {
                    store.entityBatches(v.id(), BATCH, sink::add);
                }
            });
            long buildMs = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("built: %,d entities, %,d names in %,d ms; file %,d MB%n", built.entityCount(), built.size(),
                    buildMs, Files.size(out) >> 20);
            built = null;
            long t1 = System.nanoTime();
            ScreeningIndex opened = ScreeningIndex.open(out, analyzer, "bench");
            long openMs = (System.nanoTime() - t1) / 1_000_000;
            long held = usedAfterGc() - before;
            System.out.printf("opened (mapped, checksum checked) in %,d ms; heap held %,d MB%n", openMs, held >> 20);
            long total = Files.size(out);
            for (Map.Entry<String, Long> t : opened.tableSizes().entrySet()) {
                System.out.printf("  %-18s %,8d MB  %5.1f%%%n", t.getKey(), t.getValue() >> 20, 100.0 * t.getValue() / total);
            }
        }
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
