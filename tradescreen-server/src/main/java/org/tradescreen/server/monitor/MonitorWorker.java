package org.tradescreen.server.monitor;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.tradescreen.monitor.Monitor;

/**
 * Keeps the stored base screened while the server runs, on one background thread: after every list change (the
 * refresher nudges it) and every {@link #PERIOD} in case another process changed the store, it brings the base up
 * to the versions in force, screens counterparties waiting for their first screen a chunk at a time, and runs the
 * sweep when it is due. A failure is said on stderr and counted; the next round tries again.
 */
public final class MonitorWorker implements AutoCloseable {

    public static final Duration PERIOD = Duration.ofSeconds(30);
    /** Counterparties screened per round before the worker looks for list changes again. */
    private static final int PENDING_CHUNK = 10_000;

    private final Monitor monitor;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tradescreen-monitor");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong failures = new AtomicLong();

    public MonitorWorker(Monitor monitor) {
        this.monitor = monitor;
    }

    public MonitorWorker start() {
        thread.scheduleWithFixedDelay(this::round, 1, PERIOD.toSeconds(), TimeUnit.SECONDS);
        return this;
    }

    /** Runs a round soon (lists changed). */
    public void nudge() {
        thread.execute(this::round);
    }

    public Monitor monitor() {
        return monitor;
    }

    /** Rounds that failed since the server started. */
    public long failures() {
        return failures.get();
    }

    private void round() {
        try {
            monitor.afterListChange();
            while (!Thread.currentThread().isInterrupted() && monitor.screenPending(PENDING_CHUNK).isPresent()) {
                monitor.afterListChange(); // a list may have changed meanwhile
            }
            if (monitor.sweepDue()) {
                monitor.sweep();
            }
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            System.err.println("tradescreen: monitoring failed, trying again in " + PERIOD.toSeconds() + " s: "
                    + e.getMessage());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
