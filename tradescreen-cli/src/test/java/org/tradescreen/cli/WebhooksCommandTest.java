package org.tradescreen.cli;

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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code webhooks} as an operator runs it, against a real receiver on a local port. */
class WebhooksCommandTest {

    @TempDir
    Path data;

    private HttpServer receiver;
    private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(Map.of("body", body,
                    "event", exchange.getRequestHeaders().getFirst("X-Tradescreen-Event"),
                    "key", exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    "timestamp", exchange.getRequestHeaders().getFirst("X-Tradescreen-Timestamp"),
                    "signature", exchange.getRequestHeaders().getFirst("X-Tradescreen-Signature")));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    /** Screens one name as a batch and returns how many alerts that raised. */
    private int screen(String id, String name) throws Exception {
        int before = CliRun.in(data, "alerts", "--json").json().path("alerts").size();
        Path names = data.resolve(id + ".csv");
        Files.writeString(names, "id,name\n" + id + "," + name + "\n");
        CliRun r = CliRun.in(data, "screen-file", "--as-of", "2021-06-01", "--source", "us-csl", names.toString(), "-o",
                data.resolve(id + ".out.csv").toString());
        assertThat(r.err()).contains("1 with a hit");
        return CliRun.in(data, "alerts", "--json").json().path("alerts").size() - before;
    }

    @Test
    void aWebhookAdded_getsTheNextAlert_signedWithTheSecretShownOnce() throws Exception {
        CliRun added = CliRun.in(data, "webhooks", "add", url(), "--json");
        assertThat(added.exit()).as(added.err()).isZero();
        String secret = added.json().path("secret").asText();
        long id = added.json().path("id").asLong();
        assertThat(secret).matches("[0-9a-f]{64}");

        CliRun listed = CliRun.in(data, "webhooks", "list");
        assertThat(listed.out()).contains(url()).contains("active").doesNotContain(secret);
        JsonNode asJson = CliRun.in(data, "webhooks", "list", "--json").json().path("webhooks");
        assertThat(asJson).hasSize(1);
        assertThat(asJson.get(0).has("secret")).isFalse();
        assertThat(asJson.get(0).path("url").asText()).isEqualTo(url());

        assertThat(screen("C-17", "Institute of Forensic Science of China")).isEqualTo(1);
        CliRun delivered = CliRun.in(data, "webhooks", "deliver");

        assertThat(delivered.exit()).as(delivered.err()).isZero();
        assertThat(delivered.out()).contains("delivered 1, retried 0, failed 0, pending 0");
        assertThat(received).hasSize(1);
        Map<String, String> r = received.get(0);
        JsonNode body = new ObjectMapper().readTree(r.get("body"));
        assertThat(r.get("event")).isEqualTo("alert.created");
        assertThat(r.get("key")).isEqualTo(body.path("event_id").asText());
        assertThat(body.path("data").path("counterparty_id").asText()).isEqualTo("C-17");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(r.get("signature")).isEqualTo("sha256=" + HexFormat.of().formatHex(
                mac.doFinal((r.get("timestamp") + "." + r.get("body")).getBytes(StandardCharsets.UTF_8))));
        assertThat(CliRun.in(data, "webhooks", "deliver", "--json").json().path("delivered").asInt()).isZero();
        assertThat(received).hasSize(1);

        assertThat(CliRun.in(data, "webhooks", "remove", Long.toString(id)).exit()).isZero();
        assertThat(CliRun.in(data, "webhooks", "list").out()).contains("removed");
        assertThat(screen("C-18", "Harbin Institute of Technology")).isEqualTo(1);
        assertThat(CliRun.in(data, "webhooks", "deliver").out()).contains("delivered 0");
        assertThat(received).as("a removed webhook gets nothing").hasSize(1);
    }

    @Test
    void aReceiverThatIsDown_isRetriedLater_andTheCommandStillSucceeds() throws Exception {
        String down;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            down = "http://127.0.0.1:" + s.getLocalPort() + "/hook";
        }
        assertThat(CliRun.in(data, "webhooks", "add", down, "--secret", "given-secret-0123456789").out())
                .contains("secret given-secret-0123456789");
        assertThat(screen("C-17", "Institute of Forensic Science of China")).isEqualTo(1);

        CliRun r = CliRun.in(data, "webhooks", "deliver");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("delivered 0, retried 1, failed 0, pending 1");
        assertThat(r.err()).contains("attempt 1 failed: cannot connect to " + down).contains("next attempt at");
        assertThat(CliRun.in(data, "webhooks", "deliver").out()).as("not due again for 5 s")
                .contains("delivered 0, retried 0, failed 0, pending 1");
    }

    @Test
    void badInput_isRefusedWithAClearError() {
        CliRun relative = CliRun.in(data, "webhooks", "add", "hooks.example.com/x");
        assertThat(relative.exit()).isEqualTo(2);
        assertThat(relative.err()).contains("must be an absolute http or https URL");
        CliRun shortSecret = CliRun.in(data, "webhooks", "add", "https://hooks.example.com/x", "--secret", "abc");
        assertThat(shortSecret.exit()).isEqualTo(2);
        assertThat(shortSecret.err()).contains("16 to 200 characters");
        CliRun missing = CliRun.in(data, "webhooks", "remove", "99");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no webhook 99");
        assertThat(CliRun.in(data, "webhooks").exit()).isEqualTo(2);
        assertThat(CliRun.in(data, "webhooks", "list", "--json").json().path("webhooks")).isEmpty();
    }
}
