package org.tradescreen.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tradescreen.review.Role;
import org.tradescreen.server.ServerFixture;

/** The monitored base over HTTP: bulk import in JSON and CSV, browsing, runs, the page and the metrics. */
class CounterpartiesApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ServerFixture server = ServerFixture.perClass();

    static String anna;
    static String sam;

    @BeforeAll
    static void users() {
        anna = server.users().add("anna", Role.ANALYST, "test");
        sam = server.users().add("sam", Role.SUPERVISOR, "test");
    }

    @Test
    void jsonImport_screensAtOnce_listsBadRowsByIndexAndField_andTheRestIsStored() throws Exception {
        HttpResponse<String> r = server.post("/api/v1/counterparties", "{\"counterparties\": ["
                + "{\"id\": \"hw-1\", \"name\": \"Huawei Technologies Co., Ltd.\", \"type\": \"organization\","
                + " \"country\": \"CN\"},"
                + "{\"id\": \"bad-1\", \"name\": \"Someone\", \"country\": \"Atlantis\"},"
                + "{\"name\": \"No Id\"},"
                + "{\"id\": \"ok-2\", \"name\": \"Plain Trading Co\", \"country\": \"DE\"}]}",
                "X-Api-Key", sam, "Content-Type", "application/json");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode doc = JSON.readTree(r.body());
        assertThat(doc.path("added").asInt()).isEqualTo(2);
        assertThat(doc.path("rejected").asInt()).isEqualTo(2);
        assertThat(doc.path("problems").get(0).asText())
                .isEqualTo("counterparties[1]: country: 'Atlantis' is not a known country name or ISO code");
        assertThat(doc.path("problems").get(1).asText()).isEqualTo("counterparties[2]: id: required");
        assertThat(doc.path("screen").path("new_alerts").asInt()).isPositive();

        JsonNode one = JSON.readTree(server.get("/api/v1/counterparties/hw-1", "X-Api-Key", anna).body());
        assertThat(one.path("counterparty").path("name").asText()).isEqualTo("Huawei Technologies Co., Ltd.");
        assertThat(one.path("matches")).isNotEmpty();
        assertThat(one.path("matches").get(0).path("entity_id").asText()).startsWith("us-csl:");
        JsonNode alerts = JSON.readTree(server.get("/api/v1/alerts?status=open", "X-Api-Key", anna).body());
        assertThat(alerts.path("alerts")).anySatisfy(a -> {
            assertThat(a.path("counterparty_id").asText()).isEqualTo("hw-1");
            assertThat(a.path("reason").asText()).isEqualTo("imported");
        });
    }

    @Test
    void csvImport_andPagingByName() throws Exception {
        HttpResponse<String> r = server.post("/api/v1/counterparties", "id,name,country\nz-1,Zeta Alpha Metals,DE\n"
                + "z-2,Zeta Beta Metals,FR\nz-3,Zeta Gamma Metals,US\n", "X-Api-Key", sam, "Content-Type", "text/csv");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);

        JsonNode first = JSON.readTree(server.get("/api/v1/counterparties?name=zeta&limit=2", "X-Api-Key", anna).body());
        assertThat(first.path("counterparties")).extracting(n -> n.path("id").asText()).containsExactly("z-1", "z-2");
        JsonNode second = JSON.readTree(server.get("/api/v1/counterparties?name=zeta&limit=2&after=z-2", "X-Api-Key",
                anna).body());
        assertThat(second.path("counterparties")).extracting(n -> n.path("id").asText()).containsExactly("z-3");
        assertThat(server.post("/api/v1/counterparties", "name\nA\n", "X-Api-Key", sam, "Content-Type", "text/csv")
                .body()).contains("field id: the header has no 'id' column");
    }

    @Test
    void onlySupervisorsAndAdminsChangeTheBase_andEveryoneNeedsTheirKey() {
        assertThat(server.post("/api/v1/counterparties", "{\"counterparties\": []}", "X-Api-Key", anna,
                "Content-Type", "application/json").statusCode()).isEqualTo(403);
        assertThat(server.get("/api/v1/counterparties").statusCode()).isEqualTo(401);
        assertThat(server.post("/api/v1/counterparties", "{\"rows\": []}", "X-Api-Key", sam,
                "Content-Type", "application/json").statusCode()).isEqualTo(400);
    }

    @Test
    void runsPageAndMetrics_showTheReScreens() throws Exception {
        server.post("/api/v1/counterparties", "{\"counterparties\": [{\"id\": \"m-1\", \"name\": \"Huawei\"}]}",
                "X-Api-Key", sam, "Content-Type", "application/json");

        JsonNode runs = JSON.readTree(server.get("/api/v1/monitoring/runs", "X-Api-Key", anna).body());
        assertThat(runs.path("runs")).isNotEmpty();
        assertThat(runs.path("runs").get(0).path("kind").asText()).isEqualTo("import");
        String metrics = server.get("/metrics").body();
        assertThat(metrics).contains("tradescreen_monitor_rescreens_total").contains("tradescreen_monitor_alerts_total")
                .contains("tradescreen_monitor_failures_total 0.0");

        HttpResponse<String> login = server.post("/review/login", "key=" + anna, "Content-Type",
                "application/x-www-form-urlencoded");
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        HttpResponse<String> page = server.get("/review/counterparties?q=huawei", "Cookie",
                cookie.substring(0, cookie.indexOf(';')));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("m-1").contains("Recent re-screens");
    }

    @Test
    void aListUploadedToTheServer_isMonitoredInTheBackground_andTheNewEntryAlertsTheCounterparty() throws Exception {
        try (ServerFixture own = ServerFixture.start()) {
            String key = own.users().add("sid", Role.SUPERVISOR, "test");
            assertThat(own.post("/api/v1/counterparties", "{\"counterparties\": [{\"id\": \"nw-1\", \"name\":"
                    + " \"Northwind Maritime Traders\", \"country\": \"AE\"}]}", "X-Api-Key", key,
                    "Content-Type", "application/json").statusCode()).isEqualTo(200);
            String sample;
            try (java.io.InputStream in = org.tradescreen.lists.sample.BundledSample.class.getResourceAsStream(
                    "/org/tradescreen/lists/sample/us-csl_2023-11-17.csv")) {
                sample = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            java.nio.file.Path file = own.dataDir().resolve("csl-2024-01-02.csv");
            java.nio.file.Files.writeString(file, sample + "\"x1\",\"Specially Designated Nationals (SDN) - Treasury"
                    + " Department\",\"\",\"Entity\",\"IRAN\",\"NORTHWIND MARITIME TRADERS LLC\",\"\",\"Dubai, AE\","
                    + "\"\",\"2024-01-02\"" + ",\"\"".repeat(19) + "\n");

            HttpResponse<String> up = own.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(own.url(
                    "/api/v1/admin/lists/us-csl?format=csl-csv&published=2024-01-02"))).POST(
                    java.net.http.HttpRequest.BodyPublishers.ofFile(file)), "X-Api-Key", ServerFixture.ADMIN_KEY);
            assertThat(up.statusCode()).as(up.body()).isEqualTo(200);

            java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
            JsonNode alert = null;
            while (alert == null && java.time.Instant.now().isBefore(deadline)) {
                for (JsonNode a : JSON.readTree(own.get("/api/v1/alerts", "X-Api-Key", key).body()).path("alerts")) {
                    if (a.path("counterparty_id").asText().equals("nw-1")) {
                        alert = a;
                    }
                }
                Thread.sleep(200);
            }
            assertThat(alert).as("the delta run alerted the counterparty").isNotNull();
            assertThat(alert.path("reason").asText()).isEqualTo("added");
            assertThat(alert.path("entity_id").asText()).isEqualTo("us-csl:x1");
            assertThat(JSON.readTree(own.get("/api/v1/monitoring/runs", "X-Api-Key", key).body()).path("runs"))
                    .anySatisfy(r -> assertThat(r.path("kind").asText()).isEqualTo("delta"));
        }
    }
}
