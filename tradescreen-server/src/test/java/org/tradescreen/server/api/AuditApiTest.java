package org.tradescreen.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tradescreen.audit.AuditExportVerifier;
import org.tradescreen.review.Role;
import org.tradescreen.server.ServerFixture;

/** Users and the audit log over HTTP: who may add, list, check and export, and an export that checks. */
class AuditApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ServerFixture server = ServerFixture.perClass();

    @Test
    void anAdminAddsUsers_othersCannot_andTheNewKeyWorks() throws Exception {
        String root = server.users().add("root", Role.ADMIN, "cli:root");
        String analyst = server.users().add("ann", Role.ANALYST, "cli:root");

        HttpResponse<String> added = server.post("/api/v1/users", "{\"name\":\"olga\",\"role\":\"auditor\"}",
                "X-Api-Key", root);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String olga = JSON.readTree(added.body()).path("api_key").asText();
        assertThat(server.post("/api/v1/users", "{\"name\":\"eve\",\"role\":\"admin\"}", "X-Api-Key", analyst)
                .statusCode()).isEqualTo(403);
        assertThat(server.post("/api/v1/users", "{\"name\":\"bad\",\"role\":\"king\"}", "X-Api-Key", root)
                .statusCode()).isEqualTo(400);
        assertThat(server.get("/api/v1/users", "X-Api-Key", analyst).statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(server.get("/api/v1/users", "X-Api-Key", olga).body()).path("users").toString())
                .contains("olga").contains("auditor").doesNotContain("tsk_");
        assertThat(server.get("/api/v1/users").statusCode()).isEqualTo(401);
    }

    @Test
    void anAuditorChecksTheLog_andExportsRecordsThatVerifyWithThePublicKey() throws Exception {
        String auditor = server.users().add("aud", Role.AUDITOR, "cli:root");
        server.get("/api/v1/screen?name=Institute+of+Forensic+Science+of+China&as_of=2021-06-01");
        server.get("/api/v1/screen?name=Jane+Doe");

        JsonNode v = JSON.readTree(server.get("/api/v1/audit/verify", "X-Api-Key", auditor).body());
        assertThat(v.path("intact").asBoolean()).isTrue();
        assertThat(v.path("records").asLong()).isGreaterThanOrEqualTo(2);
        String key = JSON.readTree(server.get("/api/v1/audit/public-key", "X-Api-Key", auditor).body())
                .path("public_key").asText();
        HttpResponse<String> export = server.get("/api/v1/audit/export?from=1", "X-Api-Key", auditor);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/x-ndjson"));

        AuditExportVerifier.Result r = AuditExportVerifier.verify(new BufferedReader(new StringReader(export.body())),
                key);

        assertThat(r.valid()).as(r.problem()).isTrue();
        assertThat(r.records()).isEqualTo(v.path("records").asLong());
    }
}
