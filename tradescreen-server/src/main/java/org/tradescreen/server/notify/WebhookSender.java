package org.tradescreen.server.notify;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.tradescreen.notify.WebhookDelivery;

/**
 * Runs a delivery pass every {@code every} on one daemon thread, from the moment the server starts (so what an
 * earlier run left queued goes out at once). A failed attempt is one line on stderr and is retried by the outbox's
 * backoff; a failed pass (the database away, say) is one line too, and the next period tries again: nothing here
 * stops the schedule or the server.
 */
public final class WebhookSender implements AutoCloseable {

    /** Rows per pass; a full pass is followed at once by another, so a backlog drains without waiting a period. */
    static final int BATCH = 100;

    private final WebhookDelivery delivery;
    private final Duration every;
    private @Nullable ScheduledExecutorService schedule;

    public WebhookSender(WebhookDelivery delivery, Duration every) {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("the webhook interval must be positive, got " + every);
        }
        this.delivery = delivery;
        this.every = every;
    }

    public synchronized void start() {
        if (schedule != null) {
            throw new IllegalStateException("already started");
        }
        schedule = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tradescreen-webhooks");
            t.setDaemon(true);
            return t;
        });
        schedule.scheduleWithFixedDelay(this::pass, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pass() {
        try {
            WebhookDelivery.Result r;
            do {
                r = delivery.deliverDue(BATCH, f -> System.err.println("tradescreen: " + f.describe()));
            } while (r.attempted() == BATCH && !Thread.currentThread().isInterrupted());
        } catch (RuntimeException e) {
            // an exception escaping here would cancel the schedule
            System.err.println("tradescreen: webhook delivery failed: " + e.getMessage() + "; trying again in "
                    + every.toMillis() + " ms");
        }
    }

    /** Events delivered since the server started. */
    public long deliveries() {
        return delivery.deliveries();
    }

    /** Failed delivery attempts since the server started. */
    public long failures() {
        return delivery.failures();
    }

    /** Events waiting for delivery; NaN when the database cannot say (a metric must not fail the scrape). */
    public double pending() {
        try {
            return delivery.pending();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Stops the schedule; a send under way is interrupted and its row is sent again after its lease. */
    @Override
    public synchronized void close() {
        if (schedule == null) {
            return;
        }
        schedule.shutdownNow();
        try {
            schedule.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
