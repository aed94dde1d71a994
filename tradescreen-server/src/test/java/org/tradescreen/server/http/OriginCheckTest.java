package org.tradescreen.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradescreen.server.ServerFixture;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

/**
 * Issue 9, finding 6: with {@code --cors-origin}, a request from another origin ran in full and was answered 400
 * afterwards; an admin upload that way stored a new version while reporting failure. The origin is now decided
 * before anything runs.
 */
@NeedsSharedData
class OriginCheckTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static Path csl2025() {
        return SharedData.lists("csl/csl_mini_watchman_2025-06-25.csv");
    }

    static HttpResponse<String> upload(ServerFixture server, String origin) {
        return server.send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/admin/lists/us-csl?filename="
                        + csl2025().getFileName()))).POST(ofFile()), "X-Api-Key", ServerFixture.ADMIN_KEY,
                "Origin", origin);
    }

    static HttpRequest.BodyPublisher ofFile() {
        try {
            return HttpRequest.BodyPublishers.ofFile(csl2025());
        } catch (java.io.FileNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    static int cslVersions(ServerFixture server) throws Exception {
        for (var source : JSON.readTree(server.get("/api/v1/lists").body()).path("sources")) {
            if (source.path("source").asText().equals("us-csl")) {
                return source.path("versions").size();
            }
        }
        return 0;
    }

    @Test
    void anUploadFromAnotherOriginIsRefusedBeforeItStoresAnything() throws Exception {
        try (ServerFixture server = ServerFixture.start(s -> s.withCorsOrigins(List.of("https://csl.example.gov")),
                List.of())) {
            int before = cslVersions(server);
            HttpResponse<String> refused = upload(server, "https://evil.example.com");
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(JSON.readTree(refused.body()).path("error").asText())
                    .isEqualTo("origin 'https://evil.example.com' is not allowed to call this server;"
                            + " allowed: [https://csl.example.gov]");
            assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(cslVersions(server)).isEqualTo(before);

            assertThat(upload(server, "https://csl.example.gov").statusCode()).isEqualTo(200);
            assertThat(cslVersions(server)).isEqualTo(before + 1);
        }
    }

    @Test
    void thePagesOwnOriginAndClientsWithoutOnePass() {
        try (ServerFixture server = ServerFixture.start()) {
            String self = "http://127.0.0.1:" + server.server().port();
            assertThat(server.get("/search?name=Forensic", "Origin", self).statusCode()).isEqualTo(200);
            assertThat(server.get("/search?name=Forensic").statusCode()).isEqualTo(200);
            assertThat(server.get("/search?name=Forensic", "Origin", "http://127.0.0.1:1").statusCode()).isEqualTo(403);
            assertThat(server.get("/api/v1/screen?name=Forensic", "Origin", "null").statusCode()).isEqualTo(403);
            // Behind a proxy the browser addressed the proxy's host.
            assertThat(server.get("/search?name=Forensic", "Origin", "https://screen.example.com",
                    "X-Forwarded-Host", "screen.example.com").statusCode()).isEqualTo(200);
        }
    }
}
