package org.tradescreen.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tradescreen.server.ServerFixture;

/**
 * Issue 9, finding 9 and the standing rules: pages cannot be framed by other sites and carry a
 * Content-Security-Policy (that the pages keep to it is checked in Chromium, {@code WebPagesBrowserTest}); keys
 * are never written to the log.
 */
class SecurityHeadersTest {

    @RegisterExtension
    static final ServerFixture server = ServerFixture.perClass();

    @Test
    void everyAnswerForbidsFramingAndCarriesThePolicy() {
        for (String path : List.of("/search", "/search?name=Forensic", "/api", "/api/v1/lists", "/nowhere")) {
            HttpResponse<String> r = server.get(path);
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> {
                assertThat(csp).contains("frame-ancestors 'none'", "script-src 'self'", "object-src 'none'");
                assertThat(csp).doesNotContain("unsafe-inline", "unsafe-eval");
            });
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
        }
    }

    @Test
    void keysAreNeverLogged() throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (ServerFixture keyed = ServerFixture.start(s -> s.withReadKeys(List.of("read-key-4711")), List.of())) {
            String secret = "wrong-key-0815";
            keyed.get("/api/v1/screen?name=x&api_key=" + secret);
            keyed.get("/api/v1/screen?name=x", "X-Api-Key", secret);
            keyed.get("/api/v1/screen?name=x", "Authorization", "Bearer " + secret);
            keyed.get("/api/v1/screen?name=x&api_key=read-key-4711");
            keyed.post("/api/v1/admin/update", "", "X-Api-Key", secret);
            keyed.post("/api/v1/admin/update?api_key=" + ServerFixture.ADMIN_KEY, "{not json");
            keyed.post("/api/v1/screen?api_key=read-key-4711", "{\"queries\": [{\"name\": ");
            keyed.get("/search?name=x&api_key=read-key-4711&as_of=tomorrow");
        } finally {
            System.setErr(err);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).doesNotContain("wrong-key-0815", "read-key-4711", ServerFixture.ADMIN_KEY);
    }
}
