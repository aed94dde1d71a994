package org.tradescreen.server.api;

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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tradescreen.lists.update.Feed;
import org.tradescreen.server.ServerFixture;
import org.tradescreen.server.ServerSettings;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

/**
 * List updates while serving: an uploaded or fetched version is compiled aside and swapped in whole; queries in
 * flight never fail and never see half a list; a failed update keeps the last good index and says so.
 */
@NeedsSharedData
class AdminApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    /** A real CSL capture of 2025-06-25 (12 entries), newer than the sample's, read in place. */
    static Path csl2025() {
        return SharedData.lists("csl/csl_mini_watchman_2025-06-25.csv");
    }
    static final String SINOBRIGHT = "/api/v1/screen?name=Sinobright+Import+and+Export+Company";

    static HttpResponse<String> upload(ServerFixture server, String source, Path file, String... headers) throws Exception {
        return server.send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/admin/lists/" + source + "?filename="
                + file.getFileName()))).POST(HttpRequest.BodyPublishers.ofFile(file)), headers);
    }

    @Test
    void uploadsNeedTheAdminKey() throws Exception {
        try (ServerFixture server = ServerFixture.start()) {
            HttpResponse<String> none = upload(server, "us-csl", csl2025());
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(none.body()).path("error").asText()).contains("needs an API key");
            assertThat(upload(server, "us-csl", csl2025(), "X-Api-Key", "guess").statusCode()).isEqualTo(401);
            assertThat(server.post("/api/v1/admin/update", "").statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(server.get(SINOBRIGHT).body()).path("hits")).isEmpty();
        }
        try (ServerFixture closed = ServerFixture.start(s -> s.withAdminKeys(List.of()), List.of())) {
            HttpResponse<String> r = upload(closed, "us-csl", csl2025(), "X-Api-Key", "anything");
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(JSON.readTree(r.body()).path("error").asText()).contains("is disabled");
        }
    }

    @Test
    void aCsvSetIsUploadedAsMultipartPartsAndBadUploadsAreRefused() throws Exception {
        Path set = SharedData.lists("ofac-mini-2025-05-16");
        String boundary = "tradescreen-test-boundary";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (String file : List.of("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv")) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file
                    + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(set.resolve(file)));
            body.write("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (ServerFixture server = ServerFixture.start(s -> s.withLimits(4L * 1024 * 1024, 1000), List.of())) {
            HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.url(
                    "/api/v1/admin/lists/us-ofac-sdn?published=2025-05-16"))).POST(HttpRequest.BodyPublishers.ofByteArray(
                    body.toByteArray())), "Content-Type", "multipart/form-data; boundary=" + boundary,
                    "X-Api-Key", ServerFixture.ADMIN_KEY);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode loaded = JSON.readTree(r.body()).path("sources").get(0).path("result");
            assertThat(loaded.path("source").asText()).isEqualTo("us-ofac-sdn");
            assertThat(loaded.path("format").asText()).isEqualTo("ofac-csv");
            assertThat(loaded.path("entities").asInt()).isPositive();
            assertThat(JSON.readTree(server.get("/readyz").body()).path("lists").findValuesAsText("source"))
                    .contains("us-ofac-sdn");

            HttpResponse<String> slash = server.send(HttpRequest.newBuilder(URI.create(server.url(
                    "/api/v1/admin/lists/us-csl?filename=/"))).POST(HttpRequest.BodyPublishers.ofFile(csl2025())),
                    "X-Api-Key", ServerFixture.ADMIN_KEY);
            assertThat(slash.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(slash.body()).path("error").asText()).isEqualTo("filename: '/' is not a file name");

            HttpResponse<String> big = server.send(HttpRequest.newBuilder(URI.create(server.url(
                    "/api/v1/admin/lists/us-csl?filename=big.csv"))).POST(HttpRequest.BodyPublishers.ofByteArray(
                    new byte[5 * 1024 * 1024])), "X-Api-Key", ServerFixture.ADMIN_KEY);
            assertThat(big.statusCode()).isEqualTo(413);

            HttpResponse<String> noFeed = server.post("/api/v1/admin/update?source=nowhere", "", "X-Api-Key",
                    ServerFixture.ADMIN_KEY);
            assertThat(noFeed.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(server.get("/api/v1/admin/status", "X-Api-Key", ServerFixture.ADMIN_KEY).body())
                    .path("failed_updates").asInt()).isZero();
        }
    }

    /**
     * Issue 9, finding 9: over-long file names and source ids were 500s, source ids were not checked, and the
     * status of a refused upload showed the server's scratch folder.
     */
    @Test
    void uploadNamesAndSourceIdsAreChecked_andTheStatusNamesTheUploadNotTheScratchFolder() throws Exception {
        try (ServerFixture server = ServerFixture.start()) {
            String key = ServerFixture.ADMIN_KEY;
            HttpResponse<String> longName = server.send(HttpRequest.newBuilder(URI.create(server.url(
                    "/api/v1/admin/lists/us-csl?filename=" + "a".repeat(300) + ".csv")))
                    .POST(HttpRequest.BodyPublishers.ofFile(csl2025())), "X-Api-Key", key);
            assertThat(longName.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(longName.body()).path("error").asText()).isEqualTo("filename: 304 characters; at most 200 bytes");

            for (String source : List.of("x".repeat(300), "Has%20Space", "..", "UPPER")) {
                HttpResponse<String> r = upload(server, source, csl2025(), "X-Api-Key", key);
                assertThat(r.statusCode()).as(source).isEqualTo(400);
                assertThat(JSON.readTree(r.body()).path("error").asText()).as(source).contains("is not a source id");
            }

            Path broken = Files.createTempFile("broken", ".csv");
            try {
                Files.writeString(broken, Files.readString(csl2025()).lines().findFirst().orElseThrow() + "\n\"unclosed,quote\n");
                HttpResponse<String> refused = upload(server, "us-csl", broken, "X-Api-Key", key);
                assertThat(refused.statusCode()).isEqualTo(400);
                String status = server.get("/api/v1/admin/status", "X-Api-Key", key).body();
                assertThat(status).contains(broken.getFileName().toString()).doesNotContain("tradescreen-upload");
            } finally {
                Files.deleteIfExists(broken);
            }
        }
    }

    @Test
    void queriesInFlightSeeTheOldListsOrTheNewNeverAMixAndNeverFail() throws Exception {
        try (ServerFixture server = ServerFixture.start()) {
            AtomicBoolean running = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            AtomicInteger before = new AtomicInteger();
            AtomicInteger after = new AtomicInteger();
            List<Thread> clients = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Thread c = new Thread(() -> {
                    while (running.get()) {
                        HttpResponse<String> r = server.get(SINOBRIGHT);
                        try {
                            JsonNode doc = JSON.readTree(r.body());
                            int version = 0;
                            for (JsonNode l : doc.path("lists")) {
                                if (l.path("source").asText().equals("us-csl")) {
                                    version = l.path("version").asInt();
                                }
                            }
                            int hits = doc.path("hits").size();
                            if (r.statusCode() != 200) {
                                problems.add("status " + r.statusCode() + ": " + r.body());
                            } else if (version == 5 && hits == 0) {
                                before.incrementAndGet();
                            } else if (version == 6 && hits == 1) {
                                after.incrementAndGet();
                            } else {
                                problems.add("us-csl version " + version + " with " + hits + " hits");
                            }
                        } catch (Exception e) {
                            problems.add(e.toString());
                        }
                    }
                });
                c.start();
                clients.add(c);
            }
            Thread.sleep(300);
            HttpResponse<String> r = upload(server, "us-csl", csl2025(), "X-Api-Key", ServerFixture.ADMIN_KEY);
            Thread.sleep(300);
            running.set(false);
            for (Thread c : clients) {
                c.join();
            }
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode status = JSON.readTree(r.body());
            assertThat(status.path("ok").asBoolean()).isTrue();
            assertThat(status.path("swapped").asBoolean()).isTrue();
            assertThat(status.path("sources").get(0).path("result").path("version").asInt()).isEqualTo(6);
            assertThat(problems).isEmpty();
            assertThat(before.get()).isPositive();
            assertThat(after.get()).isPositive();
            // The past is unchanged: as of 2021 the institute is still found.
            assertThat(JSON.readTree(server.get("/api/v1/screen?name=Institute+of+Forensic+Science+of+China&as_of=2021-06-01")
                    .body()).path("hits")).hasSize(1);
        }
    }

    @Test
    void aBrokenUploadIsRefusedAndTheLastGoodIndexServesOn() throws Exception {
        try (ServerFixture server = ServerFixture.start()) {
            Path broken = Files.createTempFile("broken", ".csv");
            Files.writeString(broken, "_id,source,name\n\"1\",\"Entity List (EL) - Bureau of Industry and Security\n");
            HttpResponse<String> r = upload(server, "us-csl", broken, "X-Api-Key", ServerFixture.ADMIN_KEY);
            assertThat(r.statusCode()).isBetween(400, 422);
            assertThat(JSON.readTree(r.body()).path("error").asText()).contains(broken.getFileName().toString());
            HttpResponse<String> ready = server.get("/readyz");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(ready.body()).path("last_update").path("ok").asBoolean()).isFalse();
            JsonNode status = JSON.readTree(server.get("/api/v1/admin/status", "Authorization", "Bearer "
                    + ServerFixture.ADMIN_KEY).body());
            assertThat(status.path("failed_updates").asInt()).isEqualTo(1);
            assertThat(status.path("last_update").path("error").asText()).isNotEmpty();
            JsonNode lists = JSON.readTree(server.get("/api/v1/lists").body());
            assertThat(lists.path("sources").get(1).path("versions")).hasSize(5);
            assertThat(server.get("/metrics").body()).contains("tradescreen_list_update_failures 1.0");
        }
    }

    @Test
    void feedsAreFetchedOnDemandAndOnScheduleAndAFailedFetchKeepsTheLastGoodVersion() throws Exception {
        HttpServer feedServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicBoolean broken = new AtomicBoolean(false);
        feedServer.createContext("/csl.csv", exchange -> {
            byte[] body = Files.readAllBytes(csl2025());
            exchange.sendResponseHeaders(broken.get() ? 503 : 200, broken.get() ? -1 : body.length);
            if (!broken.get()) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        feedServer.start();
        List<Feed> feeds = List.of(new Feed("us-csl", "csl-csv", List.of(new Feed.FeedFile(
                "http://127.0.0.1:" + feedServer.getAddress().getPort() + "/csl.csv", "csl_2025-06-25.csv"))));
        try (ServerFixture server = ServerFixture.start(s -> s, feeds)) {
            broken.set(true);
            JsonNode failed = JSON.readTree(server.post("/api/v1/admin/update", "", "X-Api-Key", ServerFixture.ADMIN_KEY).body());
            assertThat(failed.path("ok").asBoolean()).isFalse();
            assertThat(failed.path("swapped").asBoolean()).isFalse();
            assertThat(failed.path("sources").get(0).path("error").asText()).isNotEmpty();
            assertThat(JSON.readTree(server.get(SINOBRIGHT).body()).path("hits")).isEmpty();

            broken.set(false);
            JsonNode ok = JSON.readTree(server.post("/api/v1/admin/update?source=us-csl", "", "X-Api-Key",
                    ServerFixture.ADMIN_KEY).body());
            assertThat(ok.path("ok").asBoolean()).isTrue();
            assertThat(ok.path("swapped").asBoolean()).isTrue();
            assertThat(JSON.readTree(server.get(SINOBRIGHT).body()).path("hits")).hasSize(1);
            HttpResponse<String> unknown = server.post("/api/v1/admin/update?source=nowhere", "", "X-Api-Key",
                    ServerFixture.ADMIN_KEY);
            assertThat(unknown.statusCode()).isEqualTo(400);
        }
        try (ServerFixture scheduled = ServerFixture.start(s -> s.withRefreshEvery(Duration.ofMillis(200)), feeds)) {
            JsonNode ready = null;
            for (int i = 0; i < 100; i++) {
                ready = JSON.readTree(scheduled.get("/readyz").body());
                if (ready.has("last_update")) {
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(ready.path("last_update").path("trigger").asText()).isEqualTo("schedule");
            assertThat(ready.path("last_update").path("ok").asBoolean()).isTrue();
            assertThat(JSON.readTree(scheduled.get(SINOBRIGHT).body()).path("hits")).hasSize(1);
        } finally {
            feedServer.stop(0);
        }
    }

    /**
     * Issue 16: a feed that accepts and never answers, and one that sends its headers and half the file, then
     * stalls, are each timed out after the configured timeout (not the JDK's unbounded wait on a body); their
     * stored versions are unchanged, the live index stays, screening goes on meanwhile, and the status names them.
     */
    @Test
    void feedsThatHang_areTimedOut_keepTheirLastGoodVersion_andTheStatusNamesThem() throws Exception {
        HttpServer feedServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        java.util.concurrent.CountDownLatch hangUp = new java.util.concurrent.CountDownLatch(1);
        byte[] csl = Files.readAllBytes(csl2025());
        feedServer.createContext("/silent.csv", exchange -> {
            await(hangUp);
            exchange.close();
        });
        feedServer.createContext("/stalls.xml", exchange -> {
            exchange.sendResponseHeaders(200, csl.length);
            exchange.getResponseBody().write(csl, 0, csl.length / 2);
            exchange.getResponseBody().flush();
            await(hangUp);
            exchange.close();
        });
        feedServer.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        feedServer.start();
        String base = "http://127.0.0.1:" + feedServer.getAddress().getPort();
        List<Feed> feeds = List.of(new Feed("us-csl", "csl-csv", List.of(new Feed.FeedFile(base + "/silent.csv", "c.csv"))),
                new Feed("eu-fsf", "eu-fsf-xml", List.of(new Feed.FeedFile(base + "/stalls.xml", "e.xml"))));
        try (ServerFixture server = ServerFixture.start(s -> s.withUpdateTimeout(Duration.ofSeconds(1))
                .withTuning(ServerSettings.DEFAULT_WORKER_THREADS, 1), feeds)) {
            String before = server.get("/api/v1/lists").body();
            String readyBefore = JSON.readTree(server.get("/readyz").body()).path("lists").toString();
            java.util.concurrent.CompletableFuture<HttpResponse<String>> update = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> server.post("/api/v1/admin/update", "", "X-Api-Key", ServerFixture.ADMIN_KEY));
            HttpResponse<String> during = server.get("/api/v1/screen?name=Huawei+Technologies");
            assertThat(during.statusCode()).as("screening goes on while the update waits").isEqualTo(200);

            HttpResponse<String> answered = update.get(30, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
            JsonNode status = JSON.readTree(answered.body());
            assertThat(status.path("ok").asBoolean()).isFalse();
            assertThat(status.path("swapped").asBoolean()).isFalse();
            assertThat(status.path("sources").get(0).path("source").asText()).isEqualTo("us-csl");
            assertThat(status.path("sources").get(0).path("error").asText()).contains("/silent.csv: no answer within 1s");
            assertThat(status.path("sources").get(1).path("source").asText()).isEqualTo("eu-fsf");
            assertThat(status.path("sources").get(1).path("error").asText())
                    .contains("/stalls.xml: the download stalled, nothing received for 1s");
            assertThat(server.get("/api/v1/lists").body()).as("the stored versions are unchanged").isEqualTo(before);
            JsonNode ready = JSON.readTree(server.get("/readyz").body());
            assertThat(ready.path("lists").toString()).isEqualTo(readyBefore);
            assertThat(ready.path("last_update").path("ok").asBoolean()).isFalse();
            JsonNode admin = JSON.readTree(server.get("/api/v1/admin/status", "X-Api-Key", ServerFixture.ADMIN_KEY).body());
            assertThat(admin.path("failed_updates").asLong()).isEqualTo(1);
            assertThat(admin.path("last_update").path("sources").get(1).path("ok").asBoolean()).isFalse();
        } finally {
            hangUp.countDown();
            feedServer.stop(0);
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(5, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
