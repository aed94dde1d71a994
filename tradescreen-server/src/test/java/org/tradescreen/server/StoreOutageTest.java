package org.tradescreen.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tradescreen.audit.AuditRecord;
import org.tradescreen.audit.AuditSpool;
import org.tradescreen.lists.update.Feed;
import org.tradescreen.notify.Webhooks;
import org.tradescreen.review.Role;
import org.tradescreen.testkit.NeedsPostgres;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.Postgres;
import org.tradescreen.testkit.SharedData;

/**
 * Issue 16, outages: the server on a real PostgreSQL reached through a {@link TcpProxy} that the test cuts while
 * the server runs, all over HTTP. Before the cut everything works; during it, screening goes on from the live
 * index (native, compatible APIs and the search page), its audit records are kept on local disk, anything that
 * must read or write stored data answers 503 with a message (never a 500), and {@code /readyz} says degraded;
 * once the database is back, everything recovers without a restart: writes, the kept audit records (in the log,
 * chain intact), the scheduled list refresh, monitoring and the webhook sender.
 *
 * <p>Times are printed (docs/reliability.md records them); the assertions on them are generous bounds.
 */
@NeedsPostgres
@NeedsSharedData
@Timeout(value = 3, unit = java.util.concurrent.TimeUnit.MINUTES)
class StoreOutageTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String HUAWEI = "/api/v1/screen?name=Huawei+Technologies+Co.,+Ltd.";
    /** Generous: a request during the outage must not wait for the pool's 30 s default, nor hang. */
    static final Duration PROMPT = Duration.ofSeconds(5);
    static final Path CSL_2025 = SharedData.lists("csl/csl_mini_watchman_2025-06-25.csv");

    private final List<AutoCloseable> open = new ArrayList<>();
    private final Map<String, Long> figures = new LinkedHashMap<>();

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        System.out.println("StoreOutageTest figures (ms): " + figures);
    }

    @Test
    void databaseCut_screeningGoesOn_writesAnswer503_readyzDegraded_andAllRecoversWithoutARestart() throws Exception {
        URI direct = URI.create(Postgres.freshSchema().substring("jdbc:".length()));
        TcpProxy proxy = new TcpProxy(direct.getHost(), direct.getPort() < 0 ? 5432 : direct.getPort());
        open.add(proxy);
        HttpServer feeds = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        feeds.createContext("/csl.csv", ex -> {
            byte[] body = Files.readAllBytes(CSL_2025);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        feeds.start();
        open.add(() -> feeds.stop(0));
        List<Feed> feed = List.of(new Feed("feed-csl", "csl-csv", List.of(new Feed.FeedFile(
                "http://127.0.0.1:" + feeds.getAddress().getPort() + "/csl.csv", "csl_2025-06-25.csv"))));
        String throughProxy = "jdbc:postgresql://127.0.0.1:" + proxy.port() + direct.getRawPath() + "?"
                + direct.getRawQuery();
        ServerFixture server = ServerFixture.startOn(throughProxy, s -> s.withRefreshEvery(Duration.ofMillis(500))
                .withUpdateTimeout(Duration.ofSeconds(5)).withWebhookInterval(Duration.ofMillis(200)), feed);
        open.add(server);
        String sam = server.users().add("sam", Role.SUPERVISOR, "test");
        List<JsonNode> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", ex -> {
            delivered.add(JSON.readTree(ex.getRequestBody().readAllBytes()));
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        receiver.start();
        open.add(() -> receiver.stop(0));
        new Webhooks(server.database(), Clock.systemUTC()).add("http://127.0.0.1:" + receiver.getAddress().getPort()
                + "/hook", null);

        // Before: everything works.
        assertThat(readyz(server).path("status").asText()).isEqualTo("ok");
        assertThat(readyz(server).path("store").path("status").asText()).isEqualTo("ok");
        String huaweiId = hits(server.get(HUAWEI)).get(0).path("entity_id").asText();
        HttpResponse<String> imported = importNorthwind(server, sam);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        long recordsBefore = server.audit().size();

        // The cut.
        proxy.cut();
        Instant cut = Instant.now();
        JsonNode degraded = await("/readyz degraded", () -> readyz(server),
                r -> r.path("status").asText().equals("degraded"));
        figures.put("detected_degraded", Duration.between(cut, Instant.now()).toMillis());
        HttpResponse<String> ready = server.get("/readyz");
        assertThat(ready.statusCode()).as("degraded still screens: the load balancer keeps sending").isEqualTo(200);
        assertThat(degraded.path("store").path("status").asText()).isEqualTo("unavailable");
        assertThat(degraded.path("store").path("error").asText()).isNotBlank();
        assertThat(degraded.path("lists")).isNotEmpty();
        assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
        HttpResponse<String> metrics = server.get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).containsPattern("(?m)^tradescreen_store_up 0(\\.0)?$");

        // Screening goes on from the live index, promptly, on every surface that screens.
        HttpResponse<String> screen = timed("screen_during_outage", () -> server.get(HUAWEI));
        assertThat(screen.statusCode()).as(screen.body()).isEqualTo(200);
        assertThat(hits(screen)).isNotEmpty();
        HttpResponse<String> batchNoHit = timed("batch_without_hits_during_outage", () -> server.post("/api/v1/screen",
                "{\"queries\": [{\"id\": \"1\", \"name\": \"Plain Bakery of Nowhere\"}]}", "Content-Type", "application/json"));
        assertThat(batchNoHit.statusCode()).as(batchNoHit.body()).isEqualTo(200);
        assertOk(timed("csl_search", () -> server.get("/consolidated_screening_list/v1/search?name=Huawei")), "results");
        assertOk(timed("csl_fuzzy", () -> server.get("/consolidated_screening_list/v1/search?fuzzy_name=true&name=Huawei+Technologies")), "results");
        assertOk(timed("yente_search", () -> server.get("/search/default?q=Huawei")), "results");
        assertOk(timed("yente_match", () -> server.post("/match/default", "{\"queries\": {\"q1\": {\"schema\": \"Company\","
                + " \"properties\": {\"name\": [\"Huawei Technologies\"]}}}}", "Content-Type", "application/json")), "responses");
        HttpResponse<String> page = timed("search_page", () -> server.get("/search?name=Huawei+Technologies"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Huawei Technologies Co., Ltd.</a>");
        assertThat(readyz(server).path("store").path("audit_records_spooled").asLong())
                .as("the screens' audit records are kept on local disk, not lost").isGreaterThanOrEqualTo(2);

        // What must write or read stored data answers 503 with a message, promptly: never a 500 or a trace.
        unavailable(timed("admin_load", () -> upload(server, "internal-watch", "watch.csv",
                "id,name,type\nnw,Northwind Maritime Traders,organization\n")));
        unavailable(timed("record_alerts", () -> server.get(HUAWEI + "&record=true&id=c-1")));
        unavailable(timed("batch_with_hits", () -> server.post("/api/v1/screen",
                "{\"queries\": [{\"id\": \"1\", \"name\": \"Huawei Technologies Co., Ltd.\"}]}",
                "Content-Type", "application/json")));
        unavailable(timed("counterparty_import", () -> importNorthwind(server, sam)));
        unavailable(timed("alert_claim", () -> server.post("/api/v1/alerts/1/claim", "{\"version\": 1}",
                "X-Api-Key", sam, "Content-Type", "application/json")));
        unavailable(timed("lists", () -> server.get("/api/v1/lists")));
        unavailable(timed("entity_history", () -> server.get("/api/v1/entities/" + huaweiId + "/history")));
        unavailable(timed("past_date_screen", () -> server.get(HUAWEI + "&as_of=2021-01-01")));
        unavailable(timed("admin_update", () -> server.post("/api/v1/admin/update", "", "X-Api-Key",
                ServerFixture.ADMIN_KEY)));
        HttpResponse<String> listsPage = timed("lists_page", () -> server.get("/lists"));
        assertThat(listsPage.statusCode()).isEqualTo(503);
        assertThat(listsPage.headers().firstValue("Retry-After")).isPresent();
        assertThat(listsPage.body()).contains("the database is unavailable").doesNotContain("Exception");
        JsonNode lastUpdate = await("a scheduled update failing on the database", () -> readyz(server),
                r -> r.path("last_update").path("trigger").asText().equals("schedule")
                        && !r.path("last_update").path("ok").asBoolean()).path("last_update");
        assertThat(lastUpdate.path("at").asText()).isNotBlank();

        // The database returns.
        proxy.restore();
        Instant back = Instant.now();
        await("/readyz ok again", () -> readyz(server), r -> r.path("status").asText().equals("ok"));
        assertThat(server.get("/metrics").body()).containsPattern("(?m)^tradescreen_store_up 1(\\.0)?$");
        figures.put("readyz_ok_after_return", Duration.between(back, Instant.now()).toMillis());
        HttpResponse<String> write = await("a write to succeed again", () -> importNorthwind(server, sam),
                r -> r.statusCode() == 200);
        figures.put("write_ok_after_return", Duration.between(back, Instant.now()).toMillis());
        assertThat(write.statusCode()).isEqualTo(200);
        await("the spooled audit records appended", () -> server.auditWriter().spooled(), n -> n == 0);
        figures.put("audit_spool_drained_after_return", Duration.between(back, Instant.now()).toMillis());
        assertThat(Files.exists(server.dataDir().resolve("audit-spool.jsonl"))).isFalse();

        // Nothing was lost from the audit trail, and the chain holds.
        List<AuditRecord> after = server.audit().records(recordsBefore + 1, Long.MAX_VALUE);
        List<JsonNode> spooled = new ArrayList<>();
        for (AuditRecord r : after) {
            JsonNode payload = JSON.readTree(r.payload());
            if (payload.has(AuditSpool.SPOOLED_AT)) {
                spooled.add(payload);
            }
        }
        assertThat(spooled).as("the screens answered during the outage").hasSizeGreaterThanOrEqualTo(2);
        assertThat(spooled).anySatisfy(p -> assertThat(p.path("endpoint").asText()).isEqualTo("GET /api/v1/screen"));
        assertThat(spooled).allSatisfy(p -> assertThat(Instant.parse(p.path(AuditSpool.SPOOLED_AT).asText()))
                .isBetween(cut, back));
        assertThat(server.audit().verify().intact()).as(server.audit().verify().toString()).isTrue();

        // Writes, the scheduled refresh and monitoring all work again, without a restart.
        // (409 while a scheduled update holds the refresher: one update at a time)
        HttpResponse<String> load = await("a list load to succeed", () -> upload(server, "internal-watch", "watch.csv",
                "id,name,type\nnw,Northwind Maritime Traders,organization\n"), r -> r.statusCode() != 409);
        assertThat(load.statusCode()).as(load.body()).isEqualTo(200);
        await("a scheduled update to succeed", () -> readyz(server), r -> r.path("last_update").path("ok").asBoolean()
                && Instant.parse(r.path("last_update").path("at").asText()).isAfter(back));
        JsonNode alerts = await("monitoring to alert on the new entry", () -> JSON.readTree(server.get(
                "/api/v1/alerts?status=open", "X-Api-Key", sam).body()), a -> {
                    for (JsonNode alert : a.path("alerts")) {
                        if (alert.path("counterparty_id").asText().equals("nw-1")
                                && alert.path("entity_id").asText().startsWith("internal-watch:")) {
                            return true;
                        }
                    }
                    return false;
                });
        assertThat(alerts.path("alerts")).isNotEmpty();
        // the webhook sender, whose passes failed during the outage, sends that alert
        await("the webhook sender to deliver the alert", () -> delivered.size(), n -> delivered.stream()
                .anyMatch(e -> e.path("data").path("counterparty_id").asText().equals("nw-1")));
        assertThat(hits(server.get(HUAWEI))).isNotEmpty();
        HttpResponse<String> recorded = server.get(HUAWEI + "&record=true&id=c-1");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
    }

    private static HttpResponse<String> importNorthwind(ServerFixture server, String key) {
        return server.post("/api/v1/counterparties", "{\"counterparties\": [{\"id\": \"nw-1\","
                + " \"name\": \"Northwind Maritime Traders\", \"type\": \"organization\"}]}",
                "X-Api-Key", key, "Content-Type", "application/json");
    }

    private static HttpResponse<String> upload(ServerFixture server, String source, String filename, String body) {
        return server.send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/admin/lists/" + source + "?filename="
                + filename + "&format=custom-csv"))).POST(HttpRequest.BodyPublishers.ofString(body)),
                "X-Api-Key", ServerFixture.ADMIN_KEY);
    }

    private static void unavailable(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        assertThat(JSON.readTree(r.body()).path("error").asText()).contains("the database is unavailable");
    }

    private static void assertOk(HttpResponse<String> r, String field) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).has(field)).as(r.body()).isTrue();
    }

    private static JsonNode hits(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).path("hits");
    }

    private static JsonNode readyz(ServerFixture server) throws Exception {
        return JSON.readTree(server.get("/readyz").body());
    }

    /** Runs the request, records how long it took, and checks it answered promptly. */
    private HttpResponse<String> timed(String name, Call<HttpResponse<String>> request) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> r = request.call();
        long ms = (System.nanoTime() - started) / 1_000_000;
        figures.put(name, ms);
        assertThat(Duration.ofMillis(ms)).as(name + " answered promptly").isLessThan(PROMPT);
        return r;
    }

    /** Polls every 100 ms, for up to 60 s, until {@code done} holds. */
    private static <T> T await(String what, Call<T> poll, Predicate<T> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            last = poll.call();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited 60 s for " + what + "; last: " + last);
    }

    @FunctionalInterface
    interface Call<T> {
        T call() throws Exception;
    }
}
