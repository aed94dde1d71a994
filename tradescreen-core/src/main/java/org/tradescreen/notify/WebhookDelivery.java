package org.tradescreen.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.snapshot.Database;

/**
 * Sends the outbox rows that are due. Each row is claimed before it is sent, by a conditional update that moves its
 * next attempt past the longest a send can take (a lease): of two deliverers on one database only one sends it, and a
 * deliverer that dies mid-send leaves it due again when the lease runs out. So a receiver may see an event twice (a
 * 2xx lost on the way back, a crash before the row is marked), never not at all: it dedupes on
 * {@code Idempotency-Key}, the row's event id, the same on every attempt.
 *
 * <p>The request: {@code POST} of the stored payload with {@code Content-Type: application/json},
 * {@code Idempotency-Key}, {@code X-Tradescreen-Event}, {@code X-Tradescreen-Timestamp} (epoch seconds of this
 * attempt) and {@code X-Tradescreen-Signature: sha256=<hex HMAC-SHA256 over "timestamp.body", keyed with the secret's
 * UTF-8 bytes>}; the timestamp is signed so that a receiver can refuse an old request replayed. A 2xx answer
 * delivers; anything else (another status, no connection, a timeout) is retried after 5 s, 10 s, 20 s, ... at most
 * an hour apart, and after {@value #MAX_ATTEMPTS} failed attempts the row is dead-lettered ({@code failed_at}).
 */
public final class WebhookDelivery {

    public static final int MAX_ATTEMPTS = 15;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final int MAX_ERROR = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one pass did: rows delivered, rows that failed and wait for a retry, rows dead-lettered. */
    public record Result(int delivered, int retried, int failed) {
        public int attempted() {
            return delivered + retried + failed;
        }
    }

    /** One failed attempt, for a log line: {@code nextAttemptAt} is null when the row was dead-lettered. */
    public record Failure(long webhookId, String url, String eventId, int attempts, String error,
                          @Nullable Instant nextAttemptAt) {
        public String describe() {
            return "webhook " + webhookId + " (" + url + "): event " + eventId + " attempt " + attempts + " failed: "
                    + error + (nextAttemptAt == null ? "; given up after " + attempts + " attempts"
                    : "; next attempt at " + nextAttemptAt);
        }
    }

    private record Due(long id, long webhookId, String eventId, String payload, int attempts, String nextAttemptAt,
                       String url, String secret) {
        /** The payload's {@code event}; null when the payload is not JSON (then it can never be sent). */
        @Nullable String event() {
            try {
                return JSON.readTree(payload).path("event").asText();
            } catch (JsonProcessingException e) {
                return null;
            }
        }
    }

    private final Database db;
    private final Clock clock;
    private final HttpClient http;
    private final Duration timeout;
    private final Duration lease;
    private final AtomicLong deliveries = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    /** Sends with a client of its own: {@code timeout} to connect and again to get an answer, no redirects. */
    public WebhookDelivery(Database db, Clock clock, Duration timeout) {
        this(db, clock, HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build(), timeout);
    }

    public WebhookDelivery(Database db, Clock clock, HttpClient http, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the webhook timeout must be positive, got " + timeout);
        }
        this.db = db;
        this.clock = clock;
        this.http = http;
        this.timeout = timeout;
        // connecting and answering may each take the timeout; the margin covers marking the row afterwards
        this.lease = timeout.multipliedBy(2).plusSeconds(30);
    }

    /** One pass over what is due now, at most {@code max} rows, oldest due first. */
    public Result deliverDue(int max) {
        return deliverDue(max, f -> { });
    }

    /** One pass, telling {@code onFailure} of each failed attempt. */
    public Result deliverDue(int max, Consumer<Failure> onFailure) {
        if (max < 1) {
            throw new IllegalArgumentException("deliver at least 1 row per pass, got " + max);
        }
        String now = Outbox.sortable(clock.instant());
        List<Due> due = db.query("cannot read the webhook outbox", "SELECT o.id, o.webhook_id, o.event_id, o.payload,"
                + " o.attempts, o.next_attempt_at, w.url, w.secret FROM webhook_outbox o JOIN webhook w"
                + " ON w.id = o.webhook_id WHERE o.delivered_at IS NULL AND o.failed_at IS NULL AND w.active = TRUE"
                + " AND o.next_attempt_at <= ? ORDER BY o.next_attempt_at, o.id FETCH FIRST " + max + " ROWS ONLY",
                ps -> ps.setString(1, now), rs -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3).strip(),
                        rs.getString(4), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8)));
        int delivered = 0;
        int retried = 0;
        int failed = 0;
        for (Due d : due) {
            if (Thread.currentThread().isInterrupted()) {
                break; // stopping: what is left stays due
            }
            if (!claim(d)) {
                continue; // another deliverer took it
            }
            String error = send(d);
            if (error == null) {
                delivered(d);
                deliveries.incrementAndGet();
                delivered++;
            } else if (Thread.currentThread().isInterrupted()) {
                break; // stopped mid-send: not the receiver's failure; the lease makes it due again
            } else {
                failures.incrementAndGet();
                Failure f = failed(d, error);
                if (f.nextAttemptAt() == null) {
                    failed++;
                } else {
                    retried++;
                }
                onFailure.accept(f);
            }
        }
        return new Result(delivered, retried, failed);
    }

    /** Rows still to deliver to active webhooks (due now or waiting for a retry). */
    public long pending() {
        return db.query("cannot count the webhook outbox", "SELECT COUNT(*) FROM webhook_outbox o JOIN webhook w"
                + " ON w.id = o.webhook_id WHERE o.delivered_at IS NULL AND o.failed_at IS NULL AND w.active = TRUE",
                ps -> { }, rs -> rs.getLong(1)).get(0);
    }

    /** Rows delivered by this deliverer since it was made. */
    public long deliveries() {
        return deliveries.get();
    }

    /** Failed attempts (retried or dead-lettered) by this deliverer since it was made. */
    public long failures() {
        return failures.get();
    }

    /** The wait before attempt {@code failedAttempts + 1}: 5 s doubled per failure, at most an hour. */
    static Duration backoff(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
        Duration d = FIRST_RETRY.multipliedBy(1L << doublings);
        return d.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : d;
    }

    /** {@code sha256=} and the hex HMAC-SHA256 of {@code timestamp + "." + body}, keyed with the secret's UTF-8. */
    public static String signature(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** Takes the row for this deliverer until the lease runs out, if it is still as it was read. */
    private boolean claim(Due d) {
        String until = Outbox.sortable(clock.instant().plus(lease));
        return db.transaction("cannot claim webhook event " + d.eventId(), c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE webhook_outbox SET next_attempt_at = ?"
                    + " WHERE id = ? AND next_attempt_at = ? AND delivered_at IS NULL AND failed_at IS NULL")) {
                ps.setString(1, until);
                ps.setLong(2, d.id());
                ps.setString(3, d.nextAttemptAt());
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Posts the row; null when the receiver answered 2xx, else what went wrong. */
    private @Nullable String send(Due d) {
        String event = d.event();
        if (event == null) {
            return "the stored payload is not JSON";
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(d.url()))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "tradescreen-webhooks")
                    .header("Idempotency-Key", d.eventId())
                    .header("X-Tradescreen-Event", event)
                    .header("X-Tradescreen-Timestamp", Long.toString(timestamp))
                    .header("X-Tradescreen-Signature", signature(d.secret(), timestamp, d.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload(), StandardCharsets.UTF_8))
                    .build();
        } catch (IllegalArgumentException e) {
            return "cannot make a request to " + d.url() + ": " + e.getMessage();
        }
        try {
            // Only the status matters; the body is not read, so a receiver that trickles one cannot hold the pass.
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            int status = response.statusCode();
            return status >= 200 && status < 300 ? null : "HTTP " + status;
        } catch (HttpTimeoutException e) {
            return "no answer within " + timeout.toMillis() + " ms";
        } catch (IOException e) {
            return describe(e, d.url());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private void delivered(Due d) {
        db.transaction("cannot mark webhook event " + d.eventId() + " delivered", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE webhook_outbox SET delivered_at = ?,"
                    + " attempts = ?, last_error = NULL WHERE id = ?")) {
                ps.setString(1, clock.instant().toString());
                ps.setInt(2, d.attempts() + 1);
                ps.setLong(3, d.id());
                return ps.executeUpdate();
            }
        });
    }

    private Failure failed(Due d, String error) {
        int attempts = d.attempts() + 1;
        Instant now = clock.instant();
        boolean dead = attempts >= MAX_ATTEMPTS;
        // to the millisecond, as next_attempt_at holds it, so the log line says what the row says
        Instant next = dead ? null : now.plus(backoff(attempts)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String err = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) + "..." : error;
        db.transaction("cannot record a failed delivery of webhook event " + d.eventId(), c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE webhook_outbox SET attempts = ?, last_error = ?,"
                    + " next_attempt_at = ?, failed_at = ? WHERE id = ?")) {
                ps.setInt(1, attempts);
                ps.setString(2, err);
                ps.setString(3, Outbox.sortable(dead ? now : next));
                ps.setString(4, dead ? now.toString() : null);
                ps.setLong(5, d.id());
                return ps.executeUpdate();
            }
        });
        return new Failure(d.webhookId(), d.url(), d.eventId(), attempts, err, next);
    }

    /** An I/O failure in words: the JDK's connection errors often carry no message of their own. */
    private static String describe(IOException e, String url) {
        String message = e.getMessage();
        for (Throwable t = e.getCause(); message == null && t != null && t != t.getCause(); t = t.getCause()) {
            message = t.getMessage();
        }
        if (e instanceof java.net.ConnectException) {
            return "cannot connect to " + url + (message == null ? "" : ": " + message);
        }
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
