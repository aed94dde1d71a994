package org.tradescreen.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tradescreen.review.Role;
import org.tradescreen.server.ServerFixture;

/**
 * The allow-list at the API, over HTTP, on a watch list loaded through the admin upload: four eyes on approval, a
 * held pair screened again gives a suppressed record, and the hold lapses by itself at its expiry and when the list
 * entry changes.
 */
class AllowListApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ServerFixture server = ServerFixture.perClass();

    static String anna;
    static String sam;

    @BeforeAll
    static void setUp() throws Exception {
        anna = server.users().add("anna", Role.ANALYST, "test");
        sam = server.users().add("sam", Role.SUPERVISOR, "test");
        upload("2024-01-01", "first remark");
    }

    /** A version of the team's watch list; Acme's remark is what changes between versions. */
    private static void upload(String published, String remark) {
        HttpResponse<String> r = server.post("/api/v1/admin/lists/internal-watch?format=custom-csv&filename=watch.csv"
                        + "&published=" + published,
                "id,name,country,remarks\nW1,Acme Watch Trading Limited,CN," + remark + "\n",
                "X-Api-Key", ServerFixture.ADMIN_KEY);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    /** A recorded screen of one subject against the watch list; returns the alerts of that subject, newest first. */
    private static JsonNode screen(String subjectId, String country) throws Exception {
        HttpResponse<String> r = server.get("/api/v1/screen?name=Acme+Watch+Trading+Limited&source=internal-watch"
                + "&record=true&id=" + subjectId + "&country=" + country);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).path("hits")).as("the watch list entry is hit").isNotEmpty();
        JsonNode all = JSON.readTree(server.get("/api/v1/alerts?limit=1000", "X-Api-Key", anna).body()).path("alerts");
        com.fasterxml.jackson.databind.node.ArrayNode mine = JSON.createArrayNode();
        all.forEach(a -> {
            if (a.path("counterparty_id").asText().equals(subjectId)) {
                mine.add(a);
            }
        });
        return mine;
    }

    private static JsonNode post(String path, String key, String body) throws Exception {
        HttpResponse<String> r = server.post(path, body, "X-Api-Key", key);
        assertThat(r.statusCode()).as(path + " " + r.body()).isBetween(200, 201);
        return JSON.readTree(r.body());
    }

    /** An alert cleared by four eyes, then an allow-list entry for its pair, approved by four eyes. */
    private static JsonNode clearedAndHeld(String subjectId, String country, String expiresAt) throws Exception {
        JsonNode alert = screen(subjectId, country).get(0);
        long id = alert.path("id").asLong();
        JsonNode proposed = post("/api/v1/alerts/" + id + "/propose", anna, "{\"version\":" + alert.path("version")
                + ",\"disposition\":\"false_positive\",\"reason_code\":\"different_address\"}");
        post("/api/v1/alerts/" + id + "/confirm", sam, "{\"version\":" + proposed.path("version") + "}");
        JsonNode entry = post("/api/v1/allow-list", anna, "{\"alert_id\":" + id + ",\"reason_code\":"
                + "\"different_address\",\"note\":\"our customer is in Hamburg\""
                + (expiresAt == null ? "" : ",\"expires_at\":\"" + expiresAt + "\"") + "}");
        assertThat(entry.path("status").asText()).isEqualTo("proposed");
        HttpResponse<String> own = server.post("/api/v1/allow-list/" + entry.path("id") + "/approve",
                "{\"version\":1}", "X-Api-Key", anna);
        assertThat(own.statusCode()).as("the proposer cannot approve").isEqualTo(403);
        return post("/api/v1/allow-list/" + entry.path("id") + "/approve", sam, "{\"version\":1}");
    }

    @Test
    void aHeldPair_screenedAgain_isSuppressed_notAlerted() throws Exception {
        JsonNode entry = clearedAndHeld("S-1", "DE", null);
        assertThat(entry.path("status").asText()).isEqualTo("active");
        assertThat(entry.path("approved_by").asText()).isEqualTo("sam");

        JsonNode after = screen("S-1", "DE");

        assertThat(after).hasSize(2);
        assertThat(after.get(0).path("status").asText()).isEqualTo("suppressed");
        assertThat(after.get(0).path("allow_id").asLong()).isEqualTo(entry.path("id").asLong());
        assertThat(after.get(1).path("status").asText()).isEqualTo("cleared");
    }

    @Test
    void theHoldLapses_atItsExpiry() throws Exception {
        Instant soon = Instant.now().plusSeconds(3);
        clearedAndHeld("S-2", "FR", soon.toString());
        assertThat(screen("S-2", "FR").get(0).path("status").asText()).isEqualTo("suppressed");

        Thread.sleep(Math.max(0, soon.toEpochMilli() - System.currentTimeMillis()) + 300);

        assertThat(screen("S-2", "FR").get(0).path("status").asText()).isEqualTo("open");
    }

    @Test
    void theHoldLapses_whenTheListEntryChanges() throws Exception {
        clearedAndHeld("S-3", "IT", null);
        assertThat(screen("S-3", "IT").get(0).path("status").asText()).isEqualTo("suppressed");

        upload("2024-02-01", "second remark: now also trading as Acme Watch HK");

        JsonNode after = screen("S-3", "IT");
        assertThat(after.get(0).path("status").asText()).isEqualTo("open");
        assertThat(after.get(0).hasNonNull("allow_id")).isFalse();
    }

    @Test
    void anAllowListEntry_needsAFalsePositiveReason_andAReviewer() throws Exception {
        JsonNode alert = screen("S-4", "ES").get(0);
        HttpResponse<String> wrongReason = server.post("/api/v1/allow-list", "{\"alert_id\":" + alert.path("id")
                + ",\"reason_code\":\"same_identifier\"}", "X-Api-Key", anna);
        assertThat(wrongReason.statusCode()).isEqualTo(400);
        assertThat(server.post("/api/v1/allow-list", "{\"reason_code\":\"different_address\"}", "X-Api-Key", anna)
                .statusCode()).isEqualTo(400);
        assertThat(server.post("/api/v1/allow-list", "{}").statusCode()).isEqualTo(401);
        assertThat(server.post("/api/v1/allow-list", "{\"alert_id\":" + alert.path("id") + ",\"reason_code\":"
                + "\"different_address\",\"expires_at\":\"2001-01-01T00:00:00Z\"}", "X-Api-Key", anna).statusCode())
                .isEqualTo(400);
    }
}
