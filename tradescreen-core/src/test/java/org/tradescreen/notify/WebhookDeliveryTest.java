package org.tradescreen.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradescreen.audit.AuditLog;
import org.tradescreen.audit.InstanceKey;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.review.Alert;
import org.tradescreen.review.AlertStatus;
import org.tradescreen.review.Alerts;
import org.tradescreen.review.AllowList;
import org.tradescreen.review.ReasonCode;
import org.tradescreen.review.Role;
import org.tradescreen.review.Subject;
import org.tradescreen.review.User;
import org.tradescreen.testing.TestStores;

/**
 * New alerts reach a real local receiver through the outbox, on both real databases: signed, retried with backoff
 * under one idempotency key, dead-lettered in the end, never sent to an inactive webhook, never for a suppressed
 * alert, and not lost to a clash with another writer.
 */
class WebhookDeliveryTest {

    private static final String SECRET = "test-secret-0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private final TestClock clock = new TestClock(Instant.parse("2024-03-01T10:00:00Z"));

    /** The pieces under test, on one database and the test's clock. */
    private record Setup(Database db, Alerts alerts, Webhooks webhooks, WebhookDelivery delivery) {
    }

    private Setup setUp(Database db) {
        Alerts alerts = new Alerts(db, new AuditLog(db, InstanceKey.of(dataDir), clock), clock);
        return new Setup(db, alerts, new Webhooks(db, clock), new WebhookDelivery(db, clock, Duration.ofSeconds(5)));
    }

    private static Alerts.Raise raise(String name, String entity) {
        return new Alerts.Raise(new Subject("cp-1", name, "person", "CN", null, List.of()), entity, "Listed Name",
                "a".repeat(64), "us-ofac-sdn:3", 0.93, "batch", "batch", null);
    }

    /** An outbox row as stored. */
    private record Row(long webhookId, String eventId, JsonNode payload, int attempts, String nextAttemptAt,
                       String deliveredAt, String failedAt, String lastError) {
    }

    private static List<Row> outbox(Database db) {
        return db.query("test", "SELECT webhook_id, event_id, payload, attempts, next_attempt_at, delivered_at,"
                + " failed_at, last_error FROM webhook_outbox ORDER BY id", ps -> { }, rs -> {
                    try {
                        return new Row(rs.getLong(1), rs.getString(2), JSON.readTree(rs.getString(3)), rs.getInt(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    /** The receiver's check, written from the documented scheme rather than by calling the sender's code. */
    private static boolean signedWith(String secret, Receiver.Request r) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = ("sha256=" + HexFormat.of().formatHex(mac.doFinal(
                (r.header("X-Tradescreen-Timestamp") + "." + r.body()).getBytes(StandardCharsets.UTF_8))))
                .getBytes(StandardCharsets.UTF_8);
        String given = r.header("X-Tradescreen-Signature");
        return given != null && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void aNewAlert_isQueuedInItsTransaction_andPostedSigned(String backend) throws Exception {
        try (Database db = TestStores.fresh(backend); Receiver receiver = Receiver.answering(204)) {
            Setup s = setUp(db);
            Webhooks.Webhook hook = s.webhooks().add(receiver.url(), SECRET);

            assertThat(s.alerts().raise(List.of(raise("Li Wei", "us-ofac-sdn:1")))).isEqualTo(1);

            Alert alert = s.alerts().list(null, 1).get(0);
            List<Row> queued = outbox(db);
            assertThat(queued).hasSize(1);
            assertThat(queued.get(0).webhookId()).isEqualTo(hook.id());
            assertThat(queued.get(0).deliveredAt()).isNull();
            assertThat(s.delivery().pending()).isEqualTo(1);
            assertThat(receiver.received()).as("nothing is sent in the alert's transaction").isEmpty();

            WebhookDelivery.Result result = s.delivery().deliverDue(10);

            assertThat(result).isEqualTo(new WebhookDelivery.Result(1, 0, 0));
            assertThat(receiver.received()).hasSize(1);
            Receiver.Request r = receiver.received().get(0);
            JsonNode body = JSON.readTree(r.body());
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.header("Content-Type")).isEqualTo("application/json");
            assertThat(r.header("X-Tradescreen-Event")).isEqualTo("alert.created");
            assertThat(r.header("Idempotency-Key")).matches("[0-9a-f-]{36}")
                    .isEqualTo(body.path("event_id").asText()).isEqualTo(queued.get(0).eventId().strip());
            assertThat(r.header("X-Tradescreen-Timestamp")).isEqualTo(Long.toString(clock.instant().getEpochSecond()));
            assertThat(signedWith(SECRET, r)).isTrue();
            assertThat(signedWith("another-secret-0123456789", r)).isFalse();

            assertThat(body.path("event").asText()).isEqualTo("alert.created");
            assertThat(body.path("created_at").asText()).isEqualTo(clock.instant().toString());
            JsonNode data = body.path("data");
            assertThat(data.path("id").asLong()).isEqualTo(alert.id());
            assertThat(data.path("counterparty_id").asText()).isEqualTo("cp-1");
            assertThat(data.path("entity_id").asText()).isEqualTo("us-ofac-sdn:1");
            assertThat(data.path("entity_name").asText()).isEqualTo("Listed Name");
            assertThat(data.path("score").asDouble()).isEqualTo(0.93);
            assertThat(data.path("status").asText()).isEqualTo("open");
            assertThat(data.path("reason").asText()).isEqualTo("batch");
            assertThat(data.path("origin").asText()).isEqualTo("batch");
            assertThat(data.path("list_version").asText()).isEqualTo("us-ofac-sdn:3");
            assertThat(data.path("created_at").asText()).isEqualTo(alert.createdAt());

            assertThat(s.delivery().deliverDue(10).attempted()).as("delivered once").isZero();
            assertThat(receiver.received()).hasSize(1);
            assertThat(s.delivery().pending()).isZero();
            assertThat(s.delivery().deliveries()).isEqualTo(1);
            assertThat(s.delivery().failures()).isZero();
            Row done = outbox(db).get(0);
            assertThat(done.deliveredAt()).isEqualTo(clock.instant().toString());
            assertThat(done.attempts()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void aFailedAttempt_isRetriedAfterTheBackoff_underTheSameIdempotencyKey(String backend) throws Exception {
        try (Database db = TestStores.fresh(backend); Receiver receiver = Receiver.answering(500, 200)) {
            Setup s = setUp(db);
            s.webhooks().add(receiver.url(), SECRET);
            s.alerts().raise(List.of(raise("Li Wei", "us-ofac-sdn:1")));

            assertThat(s.delivery().deliverDue(10)).isEqualTo(new WebhookDelivery.Result(0, 1, 0));
            Row failed = outbox(db).get(0);
            assertThat(failed.attempts()).isEqualTo(1);
            assertThat(failed.lastError()).isEqualTo("HTTP 500");
            assertThat(failed.deliveredAt()).isNull();

            clock.advance(Duration.ofSeconds(4));
            assertThat(s.delivery().deliverDue(10).attempted()).as("not due before 5 s").isZero();
            clock.advance(Duration.ofSeconds(1));
            assertThat(s.delivery().deliverDue(10)).isEqualTo(new WebhookDelivery.Result(1, 0, 0));

            List<Receiver.Request> got = receiver.received();
            assertThat(got).hasSize(2);
            assertThat(got.get(1).header("Idempotency-Key")).isEqualTo(got.get(0).header("Idempotency-Key"));
            assertThat(got.get(1).body()).isEqualTo(got.get(0).body());
            assertThat(Long.parseLong(got.get(1).header("X-Tradescreen-Timestamp"))
                    - Long.parseLong(got.get(0).header("X-Tradescreen-Timestamp"))).isEqualTo(5);
            assertThat(signedWith(SECRET, got.get(0))).isTrue();
            assertThat(signedWith(SECRET, got.get(1))).isTrue();
            Row delivered = outbox(db).get(0);
            assertThat(delivered.deliveredAt()).isNotNull();
            assertThat(delivered.attempts()).isEqualTo(2);
            assertThat(delivered.lastError()).isNull();
            assertThat(s.delivery().failures()).isEqualTo(1);
            assertThat(s.delivery().deliveries()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void aReceiverThatIsDown_isRetriedWithBackoff_andDeadLetteredAfter15Attempts(String backend) throws Exception {
        try (Database db = TestStores.fresh(backend)) {
            Setup s = setUp(db);
            s.webhooks().add(Receiver.nobodyListening(), SECRET);
            s.alerts().raise(List.of(raise("Li Wei", "us-ofac-sdn:1")));

            List<Long> waits = new ArrayList<>();
            for (int n = 1; n < WebhookDelivery.MAX_ATTEMPTS; n++) {
                int attempt = n;
                List<WebhookDelivery.Failure> told = new ArrayList<>();
                assertThat(s.delivery().deliverDue(10, told::add)).isEqualTo(new WebhookDelivery.Result(0, 1, 0));
                Row row = outbox(db).get(0);
                assertThat(row.attempts()).isEqualTo(attempt);
                assertThat(row.lastError()).startsWith("cannot connect to http://127.0.0.1:");
                assertThat(told).singleElement().satisfies(f -> assertThat(f.describe())
                        .contains("attempt " + attempt).contains("next attempt at"));
                long wait = Duration.between(clock.instant(), Instant.parse(row.nextAttemptAt())).toSeconds();
                waits.add(wait);
                clock.advance(Duration.ofSeconds(wait).minusMillis(1));
                assertThat(s.delivery().deliverDue(10).attempted()).as("not due yet").isZero();
                clock.advance(Duration.ofMillis(1));
            }
            assertThat(waits).containsExactly(5L, 10L, 20L, 40L, 80L, 160L, 320L, 640L, 1280L, 2560L, 3600L, 3600L,
                    3600L, 3600L);

            assertThat(s.delivery().deliverDue(10)).isEqualTo(new WebhookDelivery.Result(0, 0, 1));
            Row dead = outbox(db).get(0);
            assertThat(dead.attempts()).isEqualTo(15);
            assertThat(dead.failedAt()).isEqualTo(clock.instant().toString());
            assertThat(dead.deliveredAt()).isNull();
            clock.advance(Duration.ofDays(1));
            assertThat(s.delivery().deliverDue(10).attempted()).as("dead letters are not tried again").isZero();
            assertThat(s.delivery().pending()).isZero();
            assertThat(s.delivery().failures()).isEqualTo(15);
        }
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void anInactiveWebhook_getsNothing_notEvenWhatWasQueuedForIt(String backend) throws Exception {
        try (Database db = TestStores.fresh(backend); Receiver kept = Receiver.answering(200);
             Receiver removed = Receiver.answering(200)) {
            Setup s = setUp(db);
            s.webhooks().add(kept.url(), SECRET);
            Webhooks.Webhook gone = s.webhooks().add(removed.url(), null);
            s.alerts().raise(List.of(raise("Li Wei", "us-ofac-sdn:1")));
            assertThat(outbox(db)).hasSize(2);
            assertThat(s.delivery().pending()).isEqualTo(2);

            s.webhooks().remove(gone.id());
            s.alerts().raise(List.of(raise("Li Wei", "us-ofac-sdn:2")));

            assertThat(outbox(db)).as("the second alert is queued for the active webhook only").hasSize(3);
            assertThat(s.delivery().pending()).isEqualTo(2);
            assertThat(s.delivery().deliverDue(10)).isEqualTo(new WebhookDelivery.Result(2, 0, 0));
            assertThat(kept.received()).hasSize(2);
            assertThat(removed.received()).isEmpty();
            assertThat(s.webhooks().list()).extracting(Webhooks.Webhook::active).containsExactly(true, false);
        }
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void aSuppressedAlert_producesNoEvent(String backend) throws Exception {
        try (Database db = TestStores.fresh(backend); Receiver receiver = Receiver.answering(200)) {
            Setup s = setUp(db);
            s.webhooks().add(receiver.url(), SECRET);
            Alerts.Raise pair = raise("Li Wei", "us-ofac-sdn:1");
            s.alerts().raise(List.of(pair));
            AllowList allow = s.alerts().allowList();
            AllowList.Entry e = allow.propose(s.alerts().list(null, 1).get(0).id(), new User("anna", Role.ANALYST),
                    ReasonCode.DIFFERENT_NATIONALITY, null, clock.instant().plusSeconds(3600));
            allow.approve(e.id(), new User("sam", Role.SUPERVISOR), 1);

            s.alerts().raise(List.of(pair));

            assertThat(s.alerts().list(AlertStatus.SUPPRESSED, 10)).hasSize(1);
            assertThat(outbox(db)).as("only the open alert's event").hasSize(1);
            assertThat(s.delivery().deliverDue(10).delivered()).isEqualTo(1);
            assertThat(receiver.received()).singleElement().satisfies(r -> assertThat(JSON.readTree(r.body())
                    .path("data").path("status").asText()).isEqualTo("open"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void aRowBeingSent_isNotSentByAnotherDeliverer_untilItsLeaseRunsOut(String backend) throws Exception {
        try (Database db = TestStores.fresh(backend); Receiver receiver = Receiver.answering(200)) {
            Setup s = setUp(db);
            WebhookDelivery other = new WebhookDelivery(db, clock, Duration.ofSeconds(5));
            s.webhooks().add(receiver.url(), SECRET);
            s.alerts().raise(List.of(raise("Li Wei", "us-ofac-sdn:1")));
            receiver.hold();

            CompletableFuture<WebhookDelivery.Result> first = CompletableFuture.supplyAsync(
                    () -> s.delivery().deliverDue(10));
            assertThat(receiver.awaitFirst()).isTrue();

            assertThat(other.deliverDue(10).attempted()).as("claimed by the first").isZero();
            // a deliverer that died mid-send leaves the row due again once its lease (2 x timeout + 30 s) is over
            clock.advance(Duration.ofSeconds(41));
            CompletableFuture<WebhookDelivery.Result> second = CompletableFuture.supplyAsync(
                    () -> other.deliverDue(10));
            receiver.release();

            assertThat(first.get(30, TimeUnit.SECONDS).delivered()).isEqualTo(1);
            assertThat(second.get(30, TimeUnit.SECONDS).attempted()).isLessThanOrEqualTo(1);
            List<Receiver.Request> got = receiver.received();
            assertThat(got).extracting(r -> r.header("Idempotency-Key")).containsOnly(got.get(0)
                    .header("Idempotency-Key"));
            assertThat(outbox(db).get(0).deliveredAt()).isNotNull();
        }
    }

    /**
     * Another writer raises the same alert first and commits while this batch waits on it: the batch is redone one
     * alert at a time, and each new alert still commits with its event (PostgreSQL, where the wait is certain).
     */
    @Test
    void aClashWithAnotherWriter_stillQueuesOneEventPerNewAlert() throws Exception {
        try (Database db = TestStores.fresh("postgres")) {
            Setup s = setUp(db);
            s.webhooks().add("http://127.0.0.1:9/hook", SECRET);
            Alerts.Raise taken = raise("Li Wei", "us-ofac-sdn:1");
            Alerts.Raise fresh = raise("Li Wei", "us-ofac-sdn:2");
            try (Connection other = db.connect(); Connection watch = db.connect()) {
                other.setAutoCommit(false);
                long otherPid;
                try (var st = other.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
                    rs.next();
                    otherPid = rs.getLong(1);
                }
                try (PreparedStatement ps = other.prepareStatement("INSERT INTO alert (subject_key, subject,"
                        + " entity_id, score, origin, reason, status, created_at, updated_at, version, live_key)"
                        + " VALUES (?, '{}', ?, 0.9, 'batch', 'batch', 'open', 'x', 'x', 1, ?)")) {
                    ps.setString(1, taken.subject().fingerprint());
                    ps.setString(2, taken.entityId());
                    ps.setString(3, taken.subject().fingerprint() + "|" + taken.entityId());
                    ps.executeUpdate();
                }

                CompletableFuture<Integer> raised = CompletableFuture.supplyAsync(
                        () -> s.alerts().raise(List.of(fresh, taken)));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                boolean waiting = false;
                while (!waiting && System.nanoTime() < deadline) {
                    try (PreparedStatement ps = watch.prepareStatement("SELECT COUNT(*) FROM pg_stat_activity"
                            + " WHERE ? = ANY (pg_blocking_pids(pid))")) {
                        ps.setLong(1, otherPid);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            waiting = rs.getLong(1) > 0;
                        }
                    }
                    Thread.sleep(20);
                }
                assertThat(waiting).as("the batch waits on the other writer's alert").isTrue();
                other.commit();

                assertThat(raised.get(30, TimeUnit.SECONDS)).isEqualTo(1);
            }
            List<Row> queued = outbox(db);
            assertThat(queued).hasSize(1);
            long freshId = s.alerts().list(null, 10).stream().filter(a -> a.entityId().equals(fresh.entityId()))
                    .findFirst().orElseThrow().id();
            assertThat(queued.get(0).payload().path("data").path("id").asLong()).isEqualTo(freshId);
        }
    }
}
