package org.tradescreen.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tradescreen.review.Role;
import org.tradescreen.server.ServerFixture;

/** Cases over HTTP: opened over an alert, noted with an attachment, moved and closed by the right people. */
class CasesApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ServerFixture server = ServerFixture.perClass();

    static String anna;
    static String sam;
    static String oli;

    @BeforeAll
    static void users() {
        anna = server.users().add("anna", Role.ANALYST, "test");
        sam = server.users().add("sam", Role.SUPERVISOR, "test");
        oli = server.users().add("oli", Role.AUDITOR, "test");
    }

    private static long alert() throws Exception {
        server.get("/api/v1/screen?name=Institute+of+Forensic+Science+of+China&as_of=2021-06-01&record=true&id=K-1");
        return JSON.readTree(server.get("/api/v1/alerts", "X-Api-Key", anna).body()).path("alerts").get(0)
                .path("id").asLong();
    }

    @Test
    void aCase_isOpenedNotedMovedAndClosedByASupervisor() throws Exception {
        long alert = alert();
        HttpResponse<String> opened = server.post("/api/v1/cases", "{\"kind\":\"counterparty\",\"ref\":\"K-1\","
                + "\"title\":\"Institute lookalike\",\"alert_ids\":[" + alert + "]}", "X-Api-Key", anna);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonNode c = JSON.readTree(opened.body());
        long id = c.path("id").asLong();
        assertThat(c.path("alerts").get(0).path("id").asLong()).isEqualTo(alert);

        String file = Base64.getEncoder().encodeToString("invoice 4471".getBytes(StandardCharsets.UTF_8));
        JsonNode noted = JSON.readTree(server.post("/api/v1/cases/" + id + "/notes", "{\"text\":\"checked the"
                + " invoice\",\"attachment\":{\"name\":\"invoice.txt\",\"base64\":\"" + file + "\"}}", "X-Api-Key",
                anna).body());
        assertThat(noted.path("notes").get(0).path("attachment").path("sha256").asText()).hasSize(64);

        assertThat(server.post("/api/v1/cases/" + id + "/notes", "{\"text\":\"x\"}", "X-Api-Key", oli).statusCode())
                .as("auditors read only").isEqualTo(403);
        assertThat(server.get("/api/v1/cases/" + id, "X-Api-Key", oli).statusCode()).isEqualTo(200);
        assertThat(server.post("/api/v1/cases/" + id + "/move", "{\"status\":\"closed\",\"outcome\":\"no match\","
                + "\"version\":1}", "X-Api-Key", anna).statusCode()).as("analysts do not close").isEqualTo(403);
        assertThat(server.post("/api/v1/cases/" + id + "/move", "{\"status\":\"pending_approval\",\"version\":1}",
                "X-Api-Key", anna).statusCode()).isEqualTo(200);
        assertThat(server.post("/api/v1/cases/" + id + "/move", "{\"status\":\"closed\",\"outcome\":\"no match\","
                + "\"version\":1}", "X-Api-Key", sam).statusCode()).as("stale version").isEqualTo(409);
        JsonNode closed = JSON.readTree(server.post("/api/v1/cases/" + id + "/move", "{\"status\":\"closed\","
                + "\"outcome\":\"not the listed party\",\"version\":2}", "X-Api-Key", sam).body());
        assertThat(closed.path("status").asText()).isEqualTo("closed");
        assertThat(closed.path("outcome").asText()).isEqualTo("not the listed party");
        assertThat(server.audit().verify().intact()).isTrue();

        // four eyes: who submitted a case for approval does not close it, supervisor or not
        long second = JSON.readTree(server.post("/api/v1/cases", "{\"kind\":\"consignment\",\"ref\":\"X-2\","
                + "\"title\":\"second\",\"alert_ids\":[]}", "X-Api-Key", sam).body()).path("id").asLong();
        assertThat(server.post("/api/v1/cases/" + second + "/move", "{\"status\":\"closed\",\"outcome\":\"x\","
                + "\"version\":1}", "X-Api-Key", sam).statusCode()).as("not from open").isEqualTo(409);
        server.post("/api/v1/cases/" + second + "/move", "{\"status\":\"pending_approval\",\"version\":1}",
                "X-Api-Key", sam);
        HttpResponse<String> own = server.post("/api/v1/cases/" + second + "/move", "{\"status\":\"closed\","
                + "\"outcome\":\"x\",\"version\":2}", "X-Api-Key", sam);
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(own.body()).contains("four eyes");
    }

    @Test
    void badCaseRequests_areAnswered4xx() throws Exception {
        assertThat(server.post("/api/v1/cases", "{\"kind\":\"person\",\"ref\":\"x\",\"title\":\"t\"}", "X-Api-Key",
                anna).statusCode()).isEqualTo(400);
        assertThat(server.post("/api/v1/cases", "{\"kind\":\"counterparty\",\"ref\":\"x\",\"title\":\"t\","
                + "\"alert_ids\":[987654]}", "X-Api-Key", anna).statusCode()).isEqualTo(404);
        assertThat(server.get("/api/v1/cases/987654", "X-Api-Key", anna).statusCode()).isEqualTo(404);
        assertThat(server.get("/api/v1/cases/1").statusCode()).isEqualTo(401);
        assertThat(server.post("/api/v1/cases/1/notes", "{\"text\":\"x\",\"attachment\":{\"name\":\"a\","
                + "\"base64\":\"%%%\"}}", "X-Api-Key", anna).statusCode()).isEqualTo(400);
    }
}
