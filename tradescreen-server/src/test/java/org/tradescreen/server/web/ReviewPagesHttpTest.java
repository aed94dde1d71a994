package org.tradescreen.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tradescreen.review.Role;
import org.tradescreen.server.ServerFixture;

/** The review pages' session and CSRF rules over plain HTTP. */
class ReviewPagesHttpTest {

    @RegisterExtension
    static final ServerFixture server = ServerFixture.perClass();

    private static String sessionCookie(String key) {
        HttpResponse<String> r = server.post("/review/login", "key=" + key, "Content-Type",
                "application/x-www-form-urlencoded");
        assertThat(r.statusCode()).isEqualTo(303);
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/review");
        return cookie.substring(0, cookie.indexOf(';'));
    }

    @Test
    void signedOut_isSentToSignIn_andAWrongKeyIs401() {
        assertThat(server.get("/review/alerts").statusCode()).isEqualTo(303);
        HttpResponse<String> wrong = server.post("/review/login", "key=tsk_nope", "Content-Type",
                "application/x-www-form-urlencoded");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("not a user's key");
    }

    @Test
    void aFormWithoutTheSessionsCsrfToken_changesNothing() throws Exception {
        String key = server.users().add("csrf-anna", Role.ANALYST, "test");
        server.get("/api/v1/screen?name=Institute+of+Forensic+Science+of+China&as_of=2021-06-01&record=true"
                + "&id=CSRF-1&country=IS");
        long id = server.alerts().list(null, 100).stream().filter(a -> "CSRF-1".equals(a.counterpartyId()))
                .findFirst().orElseThrow().id();
        String cookie = sessionCookie(key);

        HttpResponse<String> page = server.get("/review/alerts/" + id, "Cookie", cookie);
        assertThat(page.statusCode()).isEqualTo(200);
        HttpResponse<String> forged = server.post("/review/alerts/" + id + "/claim", "version=1&csrf=guess",
                "Content-Type", "application/x-www-form-urlencoded", "Cookie", cookie);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(server.alerts().get(id).orElseThrow().version()).isEqualTo(1);
        String csrf = page.body().replaceAll("(?s).*name=\"csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> real = server.post("/review/alerts/" + id + "/claim", "version=1&csrf=" + csrf,
                "Content-Type", "application/x-www-form-urlencoded", "Cookie", cookie);
        assertThat(real.statusCode()).isEqualTo(303);
        assertThat(server.alerts().get(id).orElseThrow().status().code()).isEqualTo("in_review");
    }
}
