package org.tradescreen.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tradescreen.server.ServerFixture;

/** {@code POST /api/v1/consignments} over HTTP, on the bundled sample. */
class ConsignmentsApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ServerFixture server = ServerFixture.perClass();

    static String consignment(String id, String asOf, String consignee) {
        return "{\"consignment_id\":\"" + id + "\",\"as_of\":\"" + asOf + "\",\"mode\":\"cargo\",\"direction\":\"export\","
                + "\"route\":{\"origin\":\"US\",\"destination\":\"CN\"},\"parties\":[{\"role\":\"shipper\",\"name\":"
                + "\"Boston Genomics\"},{\"role\":\"consignee\",\"name\":\"" + consignee + "\",\"address\":{\"country\":\"CN\"}}],"
                + "\"lines\":[{\"line_no\":1,\"description\":\"DNA sequencing reagent kits\",\"hs_code\":\"3822.19\"}]}";
    }

    @Test
    void oneConsignmentIsDecidedAsOfItsDate() throws Exception {
        HttpResponse<String> held = server.post("/api/v1/consignments",
                consignment("C1", "2021-06-01", "Institute of Forensic Science of China"));
        assertThat(held.statusCode()).isEqualTo(200);
        JsonNode doc = JSON.readTree(held.body());
        assertThat(doc.path("decision").asText()).isEqualTo("HOLD");
        assertThat(doc.path("reasons").get(0).path("rule").asText()).isEqualTo("PARTY-EL-EXPORT");
        assertThat(doc.path("policy").path("id").asText()).isEqualTo("tradescreen-default");
        JsonNode cleared = JSON.readTree(server.post("/api/v1/consignments",
                consignment("C2", "2024-01-10", "Institute of Forensic Science of China")).body());
        assertThat(cleared.path("decision").asText()).isEqualTo("CLEAR");
        assertThat(cleared.path("reasons")).isEmpty();
    }

    @Test
    void aBatchDecidesEachAndReportsTheBadOnesWithoutFailing() throws Exception {
        String body = "{\"consignments\":[" + consignment("A", "2021-06-01", "Huawei Technologies Co., Ltd.")
                + ",{\"consignment_id\":\"B\",\"mode\":\"rocket\"}," + consignment("C", "2024-01-10", "Acme Trading") + "]}";
        HttpResponse<String> r = server.post("/api/v1/consignments", body);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode results = JSON.readTree(r.body()).path("results");
        assertThat(results).hasSize(3);
        assertThat(results.get(0).path("decision").asText()).isEqualTo("HOLD");
        assertThat(results.get(1).path("error").asText()).isEqualTo("consignments[1].mode: 'rocket' is not mail, express or cargo");
        assertThat(results.get(2).path("decision").asText()).isEqualTo("CLEAR");
    }

    @Test
    void badRequestsAre400WithTheField() throws Exception {
        HttpResponse<String> bad = server.post("/api/v1/consignments", "{\"consignment_id\":\"X\",\"lines\":5}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).path("error").asText()).isEqualTo("lines: expected an array");
        assertThat(server.post("/api/v1/consignments", "{\"consignments\":[]}").statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(server.get("/openapi.json").body()).path("paths").has("/api/v1/consignments")).isTrue();
    }
}
