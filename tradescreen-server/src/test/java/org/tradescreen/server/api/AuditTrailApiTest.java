package org.tradescreen.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tradescreen.audit.AuditRecord;
import org.tradescreen.audit.Verification;
import org.tradescreen.server.ServerFixture;

/** Every API screening is in the audit log, committed before the answer, in one unbroken chain. */
class AuditTrailApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ServerFixture server = ServerFixture.perClass();

    private static List<JsonNode> payloads(String kind) throws Exception {
        List<AuditRecord> all = server.audit().records(1, Long.MAX_VALUE);
        List<JsonNode> out = new java.util.ArrayList<>();
        for (AuditRecord r : all) {
            if (r.kind().equals(kind)) {
                out.add(JSON.readTree(r.payload()));
            }
        }
        return out;
    }

    @Test
    void screens_singleAndBatch_areRecordedWithTheirHitsAndListVersions() throws Exception {
        assertThat(server.get("/api/v1/screen?name=Institute+of+Forensic+Science+of+China&as_of=2021-06-01")
                .statusCode()).isEqualTo(200);
        assertThat(server.post("/api/v1/screen", "{\"as_of\":\"2021-06-01\",\"queries\":[{\"id\":\"a\",\"name\":"
                + "\"Institute of Forensic Science of China\"},{\"id\":\"b\",\"name\":\"Jane Doe\"}]}").statusCode())
                .isEqualTo(200);

        List<JsonNode> screens = payloads("screen");
        JsonNode single = screens.stream().filter(p -> p.path("endpoint").asText().startsWith("GET")).findFirst()
                .orElseThrow();
        assertThat(single.path("as_of").asText()).isEqualTo("2021-06-01");
        assertThat(single.path("lists")).isNotEmpty();
        assertThat(single.path("queries").get(0).path("hits").get(0).path("entity_id").asText()).startsWith("us-csl:");
        JsonNode batch = screens.stream().filter(p -> p.path("endpoint").asText().startsWith("POST")).findFirst()
                .orElseThrow();
        assertThat(batch.path("queries")).hasSize(2);
        assertThat(batch.path("queries").get(1).path("id").asText()).isEqualTo("b");
        assertThat(batch.path("queries").get(1).path("hits")).isEmpty();
        assertThat(server.audit().records(1, Long.MAX_VALUE)).extracting(AuditRecord::actor)
                .allMatch(a -> a.startsWith("api:"));
    }

    @Test
    void consignmentDecisions_areRecorded_andAHoldKeepsItsResult() throws Exception {
        server.post("/api/v1/consignments", ConsignmentsApiTest.consignment("AUD1", "2021-06-01",
                "Institute of Forensic Science of China"));

        JsonNode held = payloads("consignment").stream()
                .filter(p -> p.path("consignment_id").asText().equals("AUD1")).findFirst().orElseThrow();
        assertThat(held.path("decision").asText()).isEqualTo("HOLD");
        assertThat(held.path("rules").toString()).contains("PARTY-EL-EXPORT");
        assertThat(held.path("result").path("decision").asText()).isEqualTo("HOLD");
        assertThat(held.path("result_sha256").asText()).hasSize(64);
    }

    @Test
    void theLogStaysOneIntactChain_underConcurrentRequests() throws Exception {
        List<Thread> clients = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int n = t;
            Thread client = new Thread(() -> {
                for (int i = 0; i < 10; i++) {
                    try {
                        server.get("/api/v1/screen?name=client+" + n + "+query+" + i);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        for (Thread c : clients) {
            c.join();
        }
        server.audit().checkpoint();

        Verification v = server.audit().verify();

        assertThat(v.intact()).as(v.problem()).isTrue();
        assertThat(payloads("screen").stream().filter(p -> p.path("queries").get(0).path("name").asText()
                .startsWith("client "))).hasSize(80);
    }
}
