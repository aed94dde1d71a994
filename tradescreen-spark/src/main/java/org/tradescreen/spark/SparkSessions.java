package org.tradescreen.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/** The Spark session a job runs in. */
final class SparkSessions {

    private SparkSessions() {
    }

    /**
     * A session on {@code master}, or on the master {@code spark-submit} set, or else in local mode on every core.
     * In local mode the driver binds to the loopback interface: it talks only to itself, and nothing else should reach it.
     */
    static SparkSession start(@Nullable String master, String app) {
        String chosen = master != null ? master : new SparkConf().get("spark.master", "local[*]");
        SparkSession.Builder b = SparkSession.builder().appName(app).master(chosen)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false");
        if (chosen.startsWith("local")) {
            b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        return b.getOrCreate();
    }

    /** The session being started, or what stopped it from starting. */
    static SparkSession await(java.util.concurrent.CompletableFuture<SparkSession> starting) {
        try {
            return starting.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
