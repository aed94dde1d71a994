package org.tradescreen.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tradescreen.audit.AuditRecord;
import org.tradescreen.review.Role;
import org.tradescreen.server.ServerFixture;

/** The review rules hold at the API, over HTTP: keys, roles, four eyes, versions under a race, the audit trail. */
class AlertsApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ServerFixture server = ServerFixture.perClass();

    static String anna;
    static String sam;
    static String sue;
    static String oli;

    @BeforeAll
    static void users() {
        anna = server.users().add("anna", Role.ANALYST, "test");
        sam = server.users().add("sam", Role.SUPERVISOR, "test");
        sue = server.users().add("sue", Role.SUPERVISOR, "test");
        oli = server.users().add("oli", Role.AUDITOR, "test");
    }

    /**
     * A fresh alert: a recorded screen of a name that hits the sample's Entity List entry, from a subject of its own
     * (the country makes it one: alerts are one per subject and entry).
     */
    private static long newAlert(String id, String country) throws Exception {
        HttpResponse<String> r = server.get("/api/v1/screen?name=Institute+of+Forensic+Science+of+China"
                + "&as_of=2021-06-01&record=true&id=" + id + "&country=" + country);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode alerts = JSON.readTree(server.get("/api/v1/alerts?status=open", "X-Api-Key", anna).body())
                .path("alerts");
        for (JsonNode a : alerts) {
            if (a.path("counterparty_id").asText().equals(id)) {
                return a.path("id").asLong();
            }
        }
        throw new AssertionError("no alert for " + id + " in " + alerts + " after " + r.body());
    }

    private static HttpResponse<String> act(long id, String action, String key, String body) {
        return server.post("/api/v1/alerts/" + id + "/" + action, body, "Authorization", "Bearer " + key);
    }

    private static int version(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body()).path("version").asInt();
    }

    @Test
    void withoutAUserKey_401_andAnAuditorReadsButCannotAct() throws Exception {
        long id = newAlert("CN-1", "CN");

        assertThat(server.get("/api/v1/alerts").statusCode()).isEqualTo(401);
        assertThat(server.get("/api/v1/alerts", "X-Api-Key", "tsk_not-a-key").statusCode()).isEqualTo(401);
        assertThat(server.get("/api/v1/alerts/" + id, "X-Api-Key", oli).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = act(id, "claim", oli, "{\"version\":1}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("only analysts and supervisors").doesNotContain("Exception");
    }

    @Test
    void fourEyes_theProposerIsRefused_anotherSupervisorConfirms() throws Exception {
        long id = newAlert("CN-2", "HK");

        HttpResponse<String> claimed = act(id, "claim", anna, "{\"version\":1}");
        assertThat(claimed.statusCode()).isEqualTo(200);
        HttpResponse<String> proposed = act(id, "propose", anna, "{\"version\":" + version(claimed)
                + ",\"disposition\":\"false_positive\",\"reason_code\":\"different_birth_date\",\"note\":\"n\"}");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
        int v = version(proposed);

        assertThat(act(id, "confirm", anna, "{\"version\":" + v + "}").statusCode()).isEqualTo(403);
        HttpResponse<String> own = act(id, "propose", sam, "{\"version\":" + v
                + ",\"disposition\":\"match\",\"reason_code\":\"same_identifier\"}");
        assertThat(own.statusCode()).as("a proposal stands until decided").isEqualTo(409);
        HttpResponse<String> confirmed = act(id, "confirm", sam, "{\"version\":" + v + "}");
        assertThat(confirmed.statusCode()).isEqualTo(200);
        JsonNode a = JSON.readTree(confirmed.body());
        assertThat(a.path("status").asText()).isEqualTo("cleared");
        assertThat(a.path("proposed_by").asText()).isEqualTo("anna");
        assertThat(a.path("decided_by").asText()).isEqualTo("sam");

        long second = newAlert("CN-3", "TW");
        HttpResponse<String> samProposes = act(second, "propose", sam, "{\"version\":1,\"disposition\":\"match\","
                + "\"reason_code\":\"same_identifier\"}");
        int v2 = version(samProposes);
        assertThat(act(second, "confirm", sam, "{\"version\":" + v2 + "}").statusCode()).isEqualTo(403);
        assertThat(act(second, "confirm", sue, "{\"version\":" + v2 + "}").statusCode()).isEqualTo(200);

        List<AuditRecord> trail = server.audit().records(1, Long.MAX_VALUE).stream()
                .filter(r -> r.kind().equals("alert")).toList();
        assertThat(trail).extracting(AuditRecord::actor).contains("anna", "sam", "sue");
    }

    @Test
    void badInput_is400WithTheField() throws Exception {
        long id = newAlert("CN-4", "MO");
        assertThat(act(id, "claim", anna, "{}").body()).contains("version: required");
        assertThat(act(id, "propose", anna, "{\"version\":1,\"disposition\":\"maybe\",\"reason_code\":\"x\"}")
                .statusCode()).isEqualTo(400);
        assertThat(act(id, "propose", anna, "{\"version\":1,\"disposition\":\"match\","
                + "\"reason_code\":\"weak_alias_only\"}").body()).contains("supports false_positive");
        assertThat(act(999_999, "claim", anna, "{\"version\":1}").statusCode()).isEqualTo(404);
        assertThat(server.post("/api/v1/alerts/abc/claim", "{\"version\":1}", "X-Api-Key", anna).statusCode())
                .isEqualTo(400);
    }

    /** Eight analysts claim the same alert at the same moment: exactly one wins, the others get 409. */
    @Test
    void aRace_oneWins_theOthersGet409_nothingLost() throws Exception {
        long id = newAlert("CN-5", "SG");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> tries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String key = i % 2 == 0 ? anna : sam;
            tries.add(pool.submit(() -> {
                go.await();
                return act(id, "claim", key, "{\"version\":1}").statusCode();
            }));
        }
        go.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : tries) {
            codes.add(f.get());
        }
        pool.shutdown();

        assertThat(codes).filteredOn(c -> c == 200).hasSize(1);
        assertThat(codes).filteredOn(c -> c == 409).hasSize(7);
        JsonNode a = JSON.readTree(server.get("/api/v1/alerts/" + id, "X-Api-Key", anna).body());
        assertThat(a.path("status").asText()).isEqualTo("in_review");
        assertThat(a.path("version").asInt()).isEqualTo(2);
        server.audit().checkpoint();
        assertThat(server.audit().verify().intact()).isTrue();
    }

    @Test
    void anApiBatch_raisesAnAlertPerHit_once() throws Exception {
        String body = "{\"as_of\":\"2021-06-01\",\"queries\":[{\"id\":\"B-1\",\"name\":\"Institute of Forensic"
                + " Science of China\",\"country\":\"DE\"}]}";
        server.post("/api/v1/screen", body);
        server.post("/api/v1/screen", body);

        JsonNode alerts = JSON.readTree(server.get("/api/v1/alerts", "X-Api-Key", oli).body()).path("alerts");
        List<JsonNode> mine = new ArrayList<>();
        alerts.forEach(a -> {
            if (a.path("counterparty_id").asText().equals("B-1")) {
                mine.add(a);
            }
        });
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).path("origin").asText()).isEqualTo("batch");
        assertThat(mine.get(0).path("list_version").asText()).startsWith("us-csl:");
    }
}
