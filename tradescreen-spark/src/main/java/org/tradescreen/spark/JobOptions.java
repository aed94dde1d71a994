package org.tradescreen.spark;

import java.util.concurrent.CompletableFuture;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options every Spark job takes: where it runs, and in how many pieces. */
final class JobOptions {

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N], spark://host:port, yarn, k8s://… (default: spark-submit's, else local[*]).")
    @Nullable String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Pieces the input is read and screened in (default twice the cluster's cores).")
    int partitions;

    /** Starts the session in the background: seconds, mostly waiting, which the driver spends compiling the lists. */
    CompletableFuture<SparkSession> startSession(String app) {
        return CompletableFuture.supplyAsync(() -> SparkSessions.start(master, app));
    }
}
