package org.tradescreen.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.tradescreen.notify.Webhooks;
import org.tradescreen.review.Alerts;
import org.tradescreen.review.Subject;
import org.tradescreen.server.ServerFixture;
import org.tradescreen.server.ServerSettings;

/** The server sends the outbox on its own, says so in /metrics, and what one run could not send the next one does. */
class WebhookSenderTest {

    private static final Duration QUICKLY = Duration.ofMillis(200);

    private static ServerSettings quickly(ServerSettings s) {
        return s.withWebhookInterval(QUICKLY);
    }

    @Test
    void anEventQueuedBeforeARestart_isDeliveredByTheNextServer_withItsOriginalEventId() throws Exception {
        Path dir = Files.createTempDirectory("tradescreen-webhook-restart");
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // nobody listens here until the receiver opens on it after the restart
        }
        String secret;
        String eventId;
        try (ServerFixture first = ServerFixture.startIn(dir, WebhookSenderTest::quickly)) {
            secret = new Webhooks(first.database(), Clock.systemUTC()).add("http://127.0.0.1:" + port + "/hook", null)
                    .secret();
            assertThat(first.alerts().raise(List.of(new Alerts.Raise(new Subject("cp-9", "Li Wei", "person", "CN",
                    null, List.of()), "us-ofac-sdn:1", "Listed Name", "a".repeat(64), "us-ofac-sdn:3", 0.93, "batch",
                    "batch", null)))).isEqualTo(1);
            eventId = first.database().query("test", "SELECT event_id FROM webhook_outbox", ps -> { },
                    rs -> rs.getString(1).strip()).get(0);

            await("the first server's attempt fails", () -> metric(first, "tradescreen_webhook_failures_total") >= 1);
            assertThat(metric(first, "tradescreen_webhook_pending")).isEqualTo(1);
            assertThat(metric(first, "tradescreen_webhook_deliveries_total")).isZero();
        }

        List<Map<String, String>> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(Map.of("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    "key", exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    "timestamp", exchange.getRequestHeaders().getFirst("X-Tradescreen-Timestamp"),
                    "signature", exchange.getRequestHeaders().getFirst("X-Tradescreen-Signature")));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        try (ServerFixture second = ServerFixture.startIn(dir, WebhookSenderTest::quickly)) {
            // the first retry is due 5 s after the failed attempt
            await("the next server delivers", () -> !received.isEmpty());
            await("the metrics count it", () -> metric(second, "tradescreen_webhook_deliveries_total") == 1);

            assertThat(received).hasSize(1);
            Map<String, String> r = received.get(0);
            JsonNode body = new ObjectMapper().readTree(r.get("body"));
            assertThat(r.get("key")).isEqualTo(eventId);
            assertThat(body.path("event_id").asText()).isEqualTo(eventId);
            assertThat(body.path("data").path("counterparty_id").asText()).isEqualTo("cp-9");
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            assertThat(r.get("signature")).isEqualTo("sha256=" + HexFormat.of().formatHex(
                    mac.doFinal((r.get("timestamp") + "." + r.get("body")).getBytes(StandardCharsets.UTF_8))));
            assertThat(metric(second, "tradescreen_webhook_pending")).isZero();
            assertThat(second.database().query("test", "SELECT attempts, delivered_at FROM webhook_outbox", ps -> { },
                    rs -> rs.getInt(1) >= 2 && rs.getString(2) != null)).containsExactly(true);
        } finally {
            receiver.stop(0);
        }
    }

    private static double metric(ServerFixture server, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? (\\S+)$").matcher(server.get("/metrics").body());
        assertThat(m.find()).as(name + " in /metrics").isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within 60 s: " + what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
