package org.tradescreen.bench.lists;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.tradescreen.bench.SharedFiles;
import org.tradescreen.lists.load.ListLoader;
import org.tradescreen.lists.load.LoadRequest;
import org.tradescreen.lists.load.LoadResult;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.lists.snapshot.EntityCodec;
import org.tradescreen.lists.snapshot.SnapshotStore;

/**
 * Loads the 14 real SDN captures (Oct 2021 - May 2024) into a store, one open-load-close per capture as
 * the command line does, and prints per version the load time and the store's size on disk, beside
 * the naive baseline of keeping every version whole (raw file plus full entity JSON per version).
 *
 * <pre>java -cp tradescreen-bench/target/benchmarks.jar org.tradescreen.bench.lists.StoreFootprint [JDBC_URL]</pre>
 * The load time includes opening the store and, for H2, compacting it on close.
 * With no URL it uses a fresh H2 file database; give a PostgreSQL URL (an empty schema) to measure that.
 */
public final class StoreFootprint {

    private StoreFootprint() {
    }

    public static void main(String[] args) throws Exception {
        Path h2Dir = null;
        String url;
        if (args.length > 0) {
            url = args[0];
        } else {
            h2Dir = Files.createTempDirectory("footprint");
            url = Database.embeddedUrl(h2Dir);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(SharedFiles.path("lists/ofac-sdn-series"))) {
            files = s.filter(p -> p.getFileName().toString().startsWith("sdn_")).sorted().toList();
        }
        long naive = 0;
        System.out.println("version\tpublished\tentities\tadded\tremoved\tchanged\tload_ms\tstore_bytes\tnaive_bytes");
        for (Path file : files) {
            long t0 = System.nanoTime();
            LoadResult r;
            long size;
            try (Database db = Database.open(url)) {
                SnapshotStore store = new SnapshotStore(db, Clock.systemUTC());
                r = new ListLoader(store, Clock.systemUTC())
                        .load(new LoadRequest(List.of(file), "ofac-csv", "us-ofac-sdn", null, true, false));
                naive += Files.size(file);
                naive += store.entities(store.version("us-ofac-sdn", r.version()).orElseThrow().id()).stream()
                        .mapToLong(e -> EntityCodec.toJson(e).length()).sum();
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            try (Database db = Database.open(url)) {
                size = physicalBytes(db, h2Dir);
            }
            System.out.printf("%d\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d%n", r.version(), r.published(), r.entities(),
                    r.added(), r.removed(), r.changed(), ms, size, naive);
        }
    }

    /** Bytes on disk: the H2 file, or PostgreSQL's total size of the store's tables with indexes. */
    private static long physicalBytes(Database db, @Nullable Path h2Dir) throws Exception {
        if (h2Dir != null) {
            try (Stream<Path> files = Files.list(h2Dir)) {
                return files.mapToLong(p -> p.toFile().length()).sum();
            }
        }
        long total = 0;
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String table : List.of("snapshot", "raw_file", "snapshot_file", "entity_record", "snapshot_entity")) {
                try (ResultSet rs = s.executeQuery("SELECT pg_total_relation_size('" + table + "')")) {
                    rs.next();
                    total += rs.getLong(1);
                }
            }
        }
        return total;
    }
}
