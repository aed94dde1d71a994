package org.tradescreen.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tradescreen.review.Role;
import org.tradescreen.server.ServerFixture;

/**
 * The bodies of every POST endpoint that reads one, sent over loopback HTTP to the real server (the bundled sample,
 * H2) with a key whose role may use the endpoint. The property: every answer is a 2xx or 4xx with a JSON document or
 * a one-line plain message, never a 5xx and never a stack trace in the body.
 *
 * <p>An input is the body followed by two bytes that {@link FuzzedDataProvider} reads from the end: the endpoint
 * (last byte, an index into {@link #ENDPOINTS}) and the id in its path, 1 to 4 (the byte before it).
 */
class ApiBodiesFuzzTest {

    /** One POST endpoint: its path ({@code {id}} filled from the input), the role of the key and the content type. */
    record Endpoint(String path, Role role, String contentType) {
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("/api/v1/screen", Role.ANALYST, "application/json"),
            new Endpoint("/api/v1/goods", Role.ANALYST, "application/json"),
            new Endpoint("/api/v1/consignments", Role.ANALYST, "application/json"),
            new Endpoint("/api/v1/counterparties", Role.SUPERVISOR, "application/json"),
            new Endpoint("/api/v1/counterparties", Role.SUPERVISOR, "text/csv"),
            new Endpoint("/api/v1/cases", Role.ANALYST, "application/json"),
            new Endpoint("/api/v1/cases/{id}/notes", Role.ANALYST, "application/json"),
            new Endpoint("/api/v1/cases/{id}/move", Role.SUPERVISOR, "application/json"),
            new Endpoint("/api/v1/allow-list", Role.ANALYST, "application/json"),
            new Endpoint("/api/v1/allow-list/{id}/approve", Role.SUPERVISOR, "application/json"),
            new Endpoint("/api/v1/allow-list/{id}/reject", Role.SUPERVISOR, "application/json"),
            new Endpoint("/api/v1/allow-list/{id}/revoke", Role.SUPERVISOR, "application/json"),
            new Endpoint("/api/v1/alerts/{id}/claim", Role.ANALYST, "application/json"),
            new Endpoint("/api/v1/alerts/{id}/propose", Role.ANALYST, "application/json"),
            new Endpoint("/api/v1/alerts/{id}/confirm", Role.SUPERVISOR, "application/json"),
            new Endpoint("/api/v1/alerts/{id}/send-back", Role.SUPERVISOR, "application/json"),
            new Endpoint("/api/v1/alerts/{id}/escalate", Role.ANALYST, "application/json"),
            new Endpoint("/api/v1/users", Role.ADMIN, "application/json"),
            new Endpoint("/match/default", Role.ANALYST, "application/json"),
            new Endpoint("/match/us-csl", Role.ANALYST, "application/json"));

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ServerFixture server = ServerFixture.perClass();

    private static final java.util.Map<Role, String> keys = new java.util.EnumMap<>(Role.class);

    @BeforeAll
    static void usersAndAnAlert() {
        for (Role role : List.of(Role.ANALYST, Role.SUPERVISOR, Role.ADMIN)) {
            keys.put(role, server.users().add("fuzz-" + role.code(), role, "test"));
        }
        // alerts to act on, and a case over the first
        server.get("/api/v1/screen?name=Institute+of+Forensic+Science+of+China&as_of=2021-06-01&record=true&id=F-1");
        server.post("/api/v1/cases", "{\"kind\":\"counterparty\",\"ref\":\"F-1\",\"title\":\"fuzz\",\"alert_ids\":[1]}",
                "X-Api-Key", keys.get(Role.ANALYST));
    }

    @FuzzTest(maxDuration = "10m")
    void postBodies(FuzzedDataProvider data) throws IOException {
        Endpoint endpoint = ENDPOINTS.get(data.consumeInt(0, ENDPOINTS.size() - 1));
        int id = data.consumeInt(1, 4);
        byte[] body = data.consumeRemainingAsBytes();
        String path = endpoint.path().replace("{id}", String.valueOf(id));
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)),
                "X-Api-Key", keys.get(endpoint.role()), "Content-Type", endpoint.contentType());

        assertThat(r.statusCode()).as("%s answered: %s", path, r.body()).isBetween(200, 499);
        assertThat(r.body()).as("a stack trace in the answer of %s", path).doesNotContain("\n\tat ");
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("application/json")) {
            JSON.readTree(r.body());
        } else if (!r.body().isEmpty()) {
            assertThat(type).as("%s answered %s: %s", path, type, r.body()).startsWith("text/plain");
        }
    }
}
