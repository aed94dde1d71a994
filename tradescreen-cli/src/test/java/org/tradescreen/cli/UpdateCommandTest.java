package org.tradescreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

/**
 * {@code lists update} against a local HTTP server that serves the real shared files; no test reaches
 * the internet. A feed that fails, serves an empty file, or hangs (never answers, or stalls mid-body) keeps its
 * last good version.
 */
@NeedsSharedData
class UpdateCommandTest {

    @TempDir
    Path data;

    private HttpServer server;
    private byte[] cslBody;
    /** Released when the test ends: the hanging handlers wait on it. */
    private final CountDownLatch hangUp = new CountDownLatch(1);

    @BeforeEach
    void serve() throws Exception {
        cslBody = Files.readAllBytes(SharedData.lists("csl/csl_sample_watchman_2019-12-03.csv"));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/csl.csv", ex -> {
            ex.sendResponseHeaders(200, cslBody.length);
            ex.getResponseBody().write(cslBody);
            ex.close();
        });
        server.createContext("/missing.csv", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        // accepts the request and never answers it
        server.createContext("/silent.csv", ex -> {
            await(hangUp);
            ex.close();
        });
        // answers, sends the first half of the file, then stalls with the rest promised
        server.createContext("/stalls.csv", ex -> {
            ex.sendResponseHeaders(200, cslBody.length);
            ex.getResponseBody().write(cslBody, 0, cslBody.length / 2);
            ex.getResponseBody().flush();
            await(hangUp);
            ex.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Files.writeString(data.resolve("feeds.json"), """
                {"feeds": [
                  {"source": "us-csl", "format": "csl-csv", "files": [{"url": "%1$s/csl.csv", "file": "consolidated.csv"}]},
                  {"source": "gone", "format": "csl-csv", "files": [{"url": "%1$s/missing.csv", "file": "x.csv"}]},
                  {"source": "silent", "format": "csl-csv", "files": [{"url": "%1$s/silent.csv", "file": "x.csv"}]},
                  {"source": "stalls", "format": "csl-csv", "files": [{"url": "%1$s/stalls.csv", "file": "x.csv"}]}
                ]}""".formatted(base));
    }

    @AfterEach
    void stop() {
        hangUp.countDown();
        server.stop(0);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private CliRun run(String... args) {
        return CliRun.in(data, args);
    }

    @Test
    void update_loadsWhatItFetches_andReportsTheFeedThatFailed() {
        CliRun r = run("lists", "update", "--json", "--retries", "1", "--timeout", "5", "--source", "us-csl",
                "--source", "gone");

        assertThat(r.exit()).isEqualTo(3);
        JsonNode updates = r.json().path("updates");
        assertThat(updates.get(0).path("ok").asBoolean()).isTrue();
        assertThat(updates.get(0).path("entities").asInt()).isEqualTo(115);
        assertThat(updates.get(1).path("ok").asBoolean()).isFalse();
        assertThat(updates.get(1).path("error").asText()).contains("HTTP 404");
    }

    @Test
    void update_reScreensTheStoredCounterparties_andAnEntryAddedUpstreamAlertsTheOneNamedLikeIt() throws Exception {
        Path base = data.resolve("base.csv");
        Files.writeString(base, "id,name,type\nnw-1,Northwind Maritime Traders,organization\n");
        assertThat(run("counterparties", "import", base.toString()).exit()).isZero();
        assertThat(run("lists", "update", "--source", "us-csl").exit()).isZero();
        assertThat(run("alerts", "--json").json().path("alerts")).as("not listed yet").isEmpty();

        cslBody = (new String(cslBody, java.nio.charset.StandardCharsets.UTF_8)
                + "Entity List (EL) - Bureau of Industry and Security,,Entity,,NORTHWIND MARITIME TRADERS,,\"Dubai, AE\","
                + ",2019-12-04" + ",".repeat(19) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        CliRun r = run("lists", "update", "--source", "us-csl", "--json");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().path("monitoring").path("delta").path("new_alerts").asInt()).isEqualTo(1);
        JsonNode alert = run("alerts", "--json").json().path("alerts").get(0);
        assertThat(alert.path("counterparty_id").asText()).isEqualTo("nw-1");
        assertThat(alert.path("reason").asText()).isEqualTo("added");
        assertThat(alert.path("list_version").asText()).isEqualTo("us-csl:2");
    }

    @Test
    void update_withAnEmptyDownload_keepsTheLastGoodVersion() {
        assertThat(run("lists", "update", "--source", "us-csl").exit()).isZero();
        cslBody = new byte[0];

        CliRun r = run("lists", "update", "--source", "us-csl", "--json");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.json().path("updates").get(0).path("error").asText()).contains("refused");
        JsonNode versions = run("lists", "--json").json().path("sources").get(0).path("versions");
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).path("entities").asInt()).isEqualTo(115);
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void update_withFeedsThatHang_timesEachOut_keepsTheirLastGoodVersion_andNamesThem() throws Exception {
        // the last good versions: the same file under each source, as the feeds served it before they hung
        Path good = data.resolve("good.csv");
        Files.write(good, cslBody);
        for (String source : new String[] {"silent", "stalls"}) {
            assertThat(run("lists", "load", good.toString(), "--format", "csl-csv", "--source", source,
                    "--published", "2019-12-03").exit()).isZero();
        }
        String before = run("lists", "--json").out();

        long started = System.nanoTime();
        CliRun r = run("lists", "update", "--json", "--retries", "2", "--timeout", "2", "--source", "silent",
                "--source", "stalls", "--source", "us-csl");
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        JsonNode updates = r.json().path("updates");
        JsonNode silent = outcome(updates, "silent");
        assertThat(silent.path("ok").asBoolean()).isFalse();
        assertThat(silent.path("error").asText()).contains("/silent.csv: no answer within 2s").contains("after 2 attempts");
        JsonNode stalls = outcome(updates, "stalls");
        assertThat(stalls.path("ok").asBoolean()).isFalse();
        assertThat(stalls.path("error").asText()).contains("/stalls.csv: the download stalled, nothing received for 2s");
        assertThat(outcome(updates, "us-csl").path("ok").asBoolean()).as("the feed that answers still updates").isTrue();
        // two feeds, two tries of 2 s each, 2 s back-off between: about 12 s; never the JDK's unbounded wait
        assertThat(seconds).isLessThan(40);
        JsonNode after = run("lists", "--json").json();
        JsonNode beforeJson = new com.fasterxml.jackson.databind.ObjectMapper().readTree(before);
        for (int i = 0; i < beforeJson.path("sources").size(); i++) {
            JsonNode source = beforeJson.path("sources").get(i);
            JsonNode now = find(after, source.path("source").asText());
            assertThat(now.path("versions")).as(source.path("source").asText() + " kept its last good version")
                    .isEqualTo(source.path("versions"));
        }
    }

    private static JsonNode outcome(JsonNode updates, String source) {
        for (JsonNode u : updates) {
            if (u.path("source").asText().equals(source)) {
                return u;
            }
        }
        throw new AssertionError("no outcome for " + source + " in " + updates);
    }

    private static JsonNode find(JsonNode lists, String source) {
        for (JsonNode s : lists.path("sources")) {
            if (s.path("source").asText().equals(source)) {
                return s;
            }
        }
        throw new AssertionError("no source " + source + " in " + lists);
    }

    @Test
    void update_ofAnUnknownSource_exits2() {
        CliRun r = run("lists", "update", "--source", "nope");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no feed for 'nope'");
    }
}
