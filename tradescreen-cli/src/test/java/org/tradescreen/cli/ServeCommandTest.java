package org.tradescreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tradescreen serve} as a user starts it: on an empty data directory it serves the bundled sample. */
class ServeCommandTest {

    @TempDir
    Path served;

    @TempDir
    Path other;

    @Test
    void serveAnswersWhatTheScreenCommandPrints() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        // serve runs until the JVM stops: a daemon thread, left to end with the test JVM.
        Thread server = new Thread(() -> Main.run("--data-dir", served.toString(), "serve", "--port", String.valueOf(port)));
        server.setDaemon(true);
        server.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String base = "http://127.0.0.1:" + port;
        int status = 0;
        for (int i = 0; i < 600 && status != 200; i++) {
            try {
                status = http.send(HttpRequest.newBuilder(URI.create(base + "/readyz")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (java.io.IOException notYet) {
                Thread.sleep(100);
            }
        }
        assertThat(status).isEqualTo(200);
        String body = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/api/v1/screen?name=Institute+of+Forensic+Science+of+China&as_of=2021-06-01")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        JsonNode api = new ObjectMapper().readTree(body);

        JsonNode cli = CliRun.in(other, "screen", "--json", "--as-of", "2021-06-01",
                "Institute of Forensic Science of China").json();
        assertThat(api.path("hits")).hasSize(1);
        assertThat(api.path("hits")).isEqualTo(cli.path("hits"));
        assertThat(api.path("lists")).isEqualTo(cli.path("lists"));
        assertThat(api.path("as_of")).isEqualTo(cli.path("as_of"));
    }

    @Test
    void aBadRefreshPeriodIsAUsageError() {
        CliRun r = CliRun.in(served, "serve", "--refresh-every", "soon");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--refresh-every: 'soon' is not a duration such as 6h, 30m, 10s or PT6H");
        assertThat(ServeCommand.duration("6h", "--x", Duration.ZERO, Duration.ofDays(1))).isEqualTo(Duration.ofHours(6));
        assertThat(ServeCommand.duration("PT30M", "--x", Duration.ZERO, Duration.ofDays(1))).isEqualTo(Duration.ofMinutes(30));
        assertThat(CliRun.in(served, "serve", "--refresh-every", "99999999999999999999d").exit()).isEqualTo(2);
        assertThat(CliRun.in(served, "serve", "--refresh-every", "0s").err())
                .contains("--refresh-every must be between 1 minute and 365 days");
        assertThat(CliRun.in(served, "serve", "--refresh-every", "200000000000d").exit()).isEqualTo(2);
        assertThat(CliRun.in(served, "serve", "--max-request-cpu", "2h").err())
                .contains("--max-request-cpu must be between 100 ms and 1 hour, got 2h");
    }

    @Test
    void aBadWebhookIntervalSettingIsAUsageError() throws Exception {
        java.nio.file.Files.writeString(served.resolve("tradescreen.properties"), "webhook.interval=soon\n");
        CliRun r = CliRun.in(served, "serve", "--port", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("webhook.interval in " + served.resolve("tradescreen.properties")
                + ": 'soon' is not a duration");
        java.nio.file.Files.writeString(served.resolve("tradescreen.properties"), "webhook.interval=2h\n");
        assertThat(CliRun.in(served, "serve", "--port", "0").err()).contains("must be between 100 ms and 1 hour");
    }
}
