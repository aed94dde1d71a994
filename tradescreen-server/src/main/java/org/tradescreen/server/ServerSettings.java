package org.tradescreen.server;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the server runs. It binds to 127.0.0.1 unless told otherwise. {@code adminKeys} guard the write
 * and admin endpoints (none: they are closed); {@code readKeys}, when any, are required by every search
 * endpoint too. {@code corsOrigins} are the browser origins allowed to call the API (none by default).
 * {@code refreshEvery} null means no scheduled list refresh. {@code maxRequestCpu} is the CPU time one request may
 * spend screening before it is stopped and answered 422. {@code webhookInterval} is how often the outbox is checked
 * for webhook events to send. {@code updateTimeout} bounds each fetch of a feed: the wait for the answer, and any
 * silence while its body arrives (a feed that stops sending mid-file).
 */
public record ServerSettings(String host, int port, List<String> adminKeys, List<String> readKeys,
                             List<String> corsOrigins, @Nullable Duration refreshEvery, long maxRequestBytes, int maxBatch,
                             Duration idleTimeout, Duration maxRequestCpu, Duration webhookInterval, int workerThreads,
                             int updateAttempts, Duration updateTimeout) {

    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 20L * 1024 * 1024;
    public static final int DEFAULT_MAX_BATCH = 1000;
    /** A 1,000-name batch of ordinary names takes well under a second; 1,000 names of 1,000 Han characters, 75 s. */
    public static final Duration DEFAULT_MAX_REQUEST_CPU = Duration.ofSeconds(10);
    public static final Duration DEFAULT_WEBHOOK_INTERVAL = Duration.ofSeconds(2);
    /** Request threads: 16 are kept for health checks and metrics, the rest screen (docs/benchmarks.md, server load). */
    public static final int DEFAULT_WORKER_THREADS = 64;
    /** Tries per feed of a scheduled update before the last good version is kept and the failure reported. */
    public static final int DEFAULT_UPDATE_ATTEMPTS = 3;
    /** How long a feed may keep an update waiting without sending a byte (as {@code lists update --timeout}). */
    public static final Duration DEFAULT_UPDATE_TIMEOUT = Duration.ofSeconds(60);

    public ServerSettings {
        adminKeys = List.copyOf(adminKeys);
        readKeys = List.copyOf(readKeys);
        corsOrigins = List.copyOf(corsOrigins);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("the request size limit must be at least 1 byte, got " + maxRequestBytes);
        }
        if (maxBatch < 1) {
            throw new IllegalArgumentException("the batch limit must be at least 1, got " + maxBatch);
        }
        if (maxRequestCpu.isNegative() || maxRequestCpu.isZero()) {
            throw new IllegalArgumentException("the CPU budget per request must be positive, got " + maxRequestCpu);
        }
        if (webhookInterval.isNegative() || webhookInterval.isZero()) {
            throw new IllegalArgumentException("the webhook interval must be positive, got " + webhookInterval);
        }
        if (workerThreads < 24 || workerThreads > 4096) {
            throw new IllegalArgumentException("the server's threads (server.threads) must be between 24 and 4096, got "
                    + workerThreads);
        }
        if (updateAttempts < 1 || updateAttempts > 20) {
            throw new IllegalArgumentException("update attempts (update.attempts) must be between 1 and 20, got " + updateAttempts);
        }
        if (updateTimeout.compareTo(Duration.ofMillis(100)) < 0 || updateTimeout.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("the update timeout (update.timeout) must be between 100 ms and 1 hour, got "
                    + updateTimeout);
        }
    }

    /** Local defaults: 127.0.0.1, no keys, no CORS, no schedule. */
    public static ServerSettings local(int port) {
        return new ServerSettings("127.0.0.1", port, List.of(), List.of(), List.of(), null, DEFAULT_MAX_REQUEST_BYTES,
                DEFAULT_MAX_BATCH, Duration.ofSeconds(30), DEFAULT_MAX_REQUEST_CPU, DEFAULT_WEBHOOK_INTERVAL, DEFAULT_WORKER_THREADS,
                DEFAULT_UPDATE_ATTEMPTS, DEFAULT_UPDATE_TIMEOUT);
    }

    public ServerSettings withAdminKeys(List<String> keys) {
        return new ServerSettings(host, port, keys, readKeys, corsOrigins, refreshEvery, maxRequestBytes, maxBatch, idleTimeout, maxRequestCpu, webhookInterval,
                workerThreads, updateAttempts, updateTimeout);
    }

    public ServerSettings withReadKeys(List<String> keys) {
        return new ServerSettings(host, port, adminKeys, keys, corsOrigins, refreshEvery, maxRequestBytes, maxBatch, idleTimeout, maxRequestCpu, webhookInterval,
                workerThreads, updateAttempts, updateTimeout);
    }

    public ServerSettings withRefreshEvery(Duration every) {
        return new ServerSettings(host, port, adminKeys, readKeys, corsOrigins, every, maxRequestBytes, maxBatch, idleTimeout, maxRequestCpu, webhookInterval,
                workerThreads, updateAttempts, updateTimeout);
    }

    public ServerSettings withLimits(long maxRequestBytes, int maxBatch) {
        return new ServerSettings(host, port, adminKeys, readKeys, corsOrigins, refreshEvery, maxRequestBytes, maxBatch, idleTimeout, maxRequestCpu, webhookInterval,
                workerThreads, updateAttempts, updateTimeout);
    }

    public ServerSettings withMaxRequestCpu(Duration cpu) {
        return new ServerSettings(host, port, adminKeys, readKeys, corsOrigins, refreshEvery, maxRequestBytes, maxBatch, idleTimeout, cpu, webhookInterval,
                workerThreads, updateAttempts, updateTimeout);
    }

    public ServerSettings withCorsOrigins(List<String> origins) {
        return new ServerSettings(host, port, adminKeys, readKeys, origins, refreshEvery, maxRequestBytes, maxBatch, idleTimeout, maxRequestCpu, webhookInterval,
                workerThreads, updateAttempts, updateTimeout);
    }

    public ServerSettings withWebhookInterval(Duration every) {
        return new ServerSettings(host, port, adminKeys, readKeys, corsOrigins, refreshEvery, maxRequestBytes, maxBatch, idleTimeout, maxRequestCpu, every,
                workerThreads, updateAttempts, updateTimeout);
    }

    /** The server's tuning: request threads, and tries per feed of a scheduled update. */
    public ServerSettings withTuning(int threads, int attempts) {
        return new ServerSettings(host, port, adminKeys, readKeys, corsOrigins, refreshEvery, maxRequestBytes, maxBatch,
                idleTimeout, maxRequestCpu, webhookInterval, threads, attempts, updateTimeout);
    }

    /** How long a feed may keep an update waiting (the answer, or the next bytes of its body). */
    public ServerSettings withUpdateTimeout(Duration timeout) {
        return new ServerSettings(host, port, adminKeys, readKeys, corsOrigins, refreshEvery, maxRequestBytes, maxBatch,
                idleTimeout, maxRequestCpu, webhookInterval, workerThreads, updateAttempts, timeout);
    }
}
