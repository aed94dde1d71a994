package org.tradescreen.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.tradescreen.match.Hit;
import org.tradescreen.match.Screener;
import org.tradescreen.monitor.Counterparty;

/**
 * The monitoring sweep on Spark: every stored counterparty screened against every entry in force, as monitoring screens
 * (no retrieval cut, {@link Screener#screenAll}), the matches written as Parquet. The executors read the base from the
 * store themselves, in ranges of its {@code seq} column, one range scan per partition; the driver reads nothing but the
 * range's bounds. The matches are then compared with what monitoring keeps ({@code monitor_match}) for the
 * counterparties it has screened: a difference is a defect of the deltas, which the local sweep mends.
 */
final class SweepJob {

    /** Where the store is and how to read it from the executors. */
    record Store(String url, String driverClass) implements Serializable {

        static Store of(String url) {
            return new Store(url, url.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver" : "org.h2.Driver");
        }

        Properties properties() {
            Properties p = new Properties();
            p.setProperty("driver", driverClass);
            p.setProperty("fetchsize", "10000");
            return p;
        }
    }

    /** What the sweep found: counterparties read, matches written, and differences from monitoring's own record. */
    record Summary(long counterparties, long matches, long notKept, long keptNotFound) {
    }

    static final StructType MATCHES = new StructType()
            .add("counterparty_id", DataTypes.StringType, false).add("counterparty_name", DataTypes.StringType)
            .add("entity_id", DataTypes.StringType, false).add("entity_name", DataTypes.StringType)
            .add("source", DataTypes.StringType).add("matched_name", DataTypes.StringType)
            .add("score", DataTypes.DoubleType, false).add("list_version", DataTypes.StringType);

    private SweepJob() {
    }

    /**
     * @param seq        the least and greatest {@code seq} of the base, read by the driver
     * @param versionOf  each source's version in force, as alerts name it
     */
    static Summary run(SparkSession spark, IndexBroadcast index, Store store, long[] seq, double threshold,
                       Map<String, String> versionOf, String output, int partitions) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int n = partitions > 0 ? partitions : 2 * jsc.defaultParallelism();
        Dataset<Row> base = spark.read().jdbc(store.url(), "counterparty", "seq", seq[0], seq[1] + 1, n,
                store.properties()).select("id", "name", "type", "country", "dob", "identifier", "screened_at");
        Broadcast<IndexBroadcast> shipped = jsc.broadcast(index);
        JavaRDD<Row> matches = base.javaRDD().mapPartitions(part -> {
            Screener screener = shipped.value().screener();
            List<Row> out = new ArrayList<>();
            part.forEachRemaining(r -> {
                Counterparty c = new Counterparty(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4), r.getString(5));
                for (Hit h : screener.screenAll(c.query("counterparty " + c.id() + ": "), threshold)) {
                    out.add(RowFactory.create(c.id(), c.name(), h.entityId(), h.name(), h.source(), h.matchedName(),
                            h.score(), versionOf.getOrDefault(h.source(), h.source())));
                }
            });
            return out.iterator();
        });
        Dataset<Row> found = spark.createDataFrame(matches, MATCHES).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            found.write().mode(SaveMode.Overwrite).parquet(output);
            Dataset<Row> screened = base.filter(functions.col("screened_at").isNotNull()).select("id");
            Dataset<Row> swept = found.join(screened, found.col("counterparty_id").equalTo(screened.col("id")))
                    .select("counterparty_id", "entity_id");
            Dataset<Row> kept = spark.read().jdbc(store.url(), "monitor_match", store.properties())
                    .select("counterparty_id", "entity_id");
            return new Summary(base.count(), found.count(), swept.except(kept).count(), kept.except(swept).count());
        } finally {
            found.unpersist(false);
            shipped.destroy();
        }
    }
}
