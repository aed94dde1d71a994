package org.tradescreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

/**
 * {@code lists update} against a local HTTP server that serves the real shared files; no test reaches
 * the internet. A feed that fails, or serves an empty file, keeps its last good version.
 */
@NeedsSharedData
class UpdateCommandTest {

    @TempDir
    Path data;

    private HttpServer server;
    private byte[] cslBody;

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
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Files.writeString(data.resolve("feeds.json"), """
                {"feeds": [
                  {"source": "us-csl", "format": "csl-csv", "files": [{"url": "%1$s/csl.csv", "file": "consolidated.csv"}]},
                  {"source": "gone", "format": "csl-csv", "files": [{"url": "%1$s/missing.csv", "file": "x.csv"}]}
                ]}""".formatted(base));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private CliRun run(String... args) {
        return CliRun.in(data, args);
    }

    @Test
    void update_loadsWhatItFetches_andReportsTheFeedThatFailed() {
        CliRun r = run("lists", "update", "--json", "--retries", "1", "--timeout", "5");

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
    void update_ofAnUnknownSource_exits2() {
        CliRun r = run("lists", "update", "--source", "nope");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no feed for 'nope'");
    }
}
