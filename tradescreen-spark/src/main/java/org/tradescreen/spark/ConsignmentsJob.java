package org.tradescreen.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import org.tradescreen.audit.AuditFacts;
import org.tradescreen.consign.manifest.Manifest;
import org.tradescreen.consign.manifest.ManifestRecord;
import org.tradescreen.consign.policy.PolicyLoader;
import org.tradescreen.consign.screen.ConsignmentAlerts;
import org.tradescreen.consign.screen.ConsignmentBatch;
import org.tradescreen.consign.screen.ConsignmentJson;
import org.tradescreen.consign.screen.ConsignmentResult;
import org.tradescreen.consign.screen.ConsignmentScreener;
import org.tradescreen.goods.describe.GoodsScreener;
import org.tradescreen.review.Alerts;

/**
 * {@code consignments screen} on Spark, for a JSON-lines manifest: the driver first reads the dates the consignments
 * name and ships the lists in force on each ({@link ShippedLists}); each executor builds one consignment screener
 * over them, with the bundled goods catalog and the policy, and decides its partitions' consignments. The decisions come
 * back to the driver in manifest order, which writes them as {@code consignments screen} does and records each in the
 * audit log (a hash chain: one writer, in order).
 */
final class ConsignmentsJob {

    /** One consignment decided on an executor (or not: {@code failed}, no decision): its output line, and what the driver records of it. */
    record Decided(String json, @Nullable String decision, boolean failed, String auditPayload, List<Alerts.Raise> alerts)
            implements Serializable {

        JsonNode payload() {
            try {
                return JSON.readTree(auditPayload);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, ConsignmentScreener> ON_THIS_MACHINE = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ConsignmentScreener> eldest) {
            return size() > 2;
        }
    };

    private ConsignmentsJob() {
    }

    /** The manifest's lines, numbered from 1, in partitions. */
    static JavaRDD<scala.Tuple2<String, Long>> lines(SparkSession spark, String input, int partitions) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int n = partitions > 0 ? partitions : 2 * jsc.defaultParallelism();
        return jsc.textFile(input, n).zipWithIndex().map(t -> new scala.Tuple2<>(t._1(), t._2() + 1));
    }

    /** Every date the consignments are screened as of: their own, or {@code fallback} for those that give none. */
    static List<LocalDate> dates(JavaRDD<scala.Tuple2<String, Long>> lines, LocalDate fallback) {
        return lines.map(t -> Manifest.jsonLine(t._1(), t._2()))
                .filter(r -> r instanceof ManifestRecord.Read)
                .map(r -> {
                    LocalDate own = ((ManifestRecord.Read) r).consignment().asOf();
                    return own != null ? own : fallback;
                }).distinct().collect();
    }

    /**
     * Decides every consignment and hands the decisions to {@code inOrder} in manifest order.
     *
     * @param policyName names the policy in its errors; {@code policy} is its YAML
     */
    static void run(SparkSession spark, JavaRDD<scala.Tuple2<String, Long>> lines, ShippedLists lists, String policyName,
                    byte[] policy, LocalDate fallback, Consumer<Decided> inOrder) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<ShippedLists> shipped = jsc.broadcast(lists);
        String key = lists.id() + ":" + AuditFacts.sha256Bytes(policy);
        JavaRDD<Decided> decided = lines.mapPartitions(part -> {
            ConsignmentScreener screener = screener(key, shipped.value(), policyName, policy);
            List<Decided> out = new ArrayList<>();
            part.forEachRemaining(t -> {
                ManifestRecord record = Manifest.jsonLine(t._1(), t._2());
                if (record != null) {
                    ConsignmentResult r = ConsignmentBatch.screen(record, screener, fallback);
                    out.add(new Decided(ConsignmentJson.line(r), r.failed() ? null : r.decision().name(), r.failed(),
                            ConsignmentJson.auditPayload(r).toString(), ConsignmentAlerts.of(r)));
                }
            });
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            decided.count(); // every partition decided at once, on every core; then read back one partition at a time
            for (Iterator<Decided> it = decided.toLocalIterator(); it.hasNext(); ) {
                inOrder.accept(it.next());
            }
        } finally {
            decided.unpersist(false);
            shipped.destroy();
        }
    }

    /** This machine's consignment screener over these lists and this policy, built by the first task that asks. */
    private static ConsignmentScreener screener(String key, ShippedLists lists, String policyName, byte[] policy) {
        synchronized (ON_THIS_MACHINE) {
            return ON_THIS_MACHINE.computeIfAbsent(key, k -> new ConsignmentScreener(lists, Goods.SCREENER,
                    PolicyLoader.load(policyName, policy), java.time.Clock.systemUTC()));
        }
    }

    /** The bundled goods catalog, read once per machine. */
    private static final class Goods {
        static final GoodsScreener SCREENER = GoodsScreener.bundled();
    }
}
