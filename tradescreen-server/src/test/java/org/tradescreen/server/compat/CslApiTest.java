package org.tradescreen.server.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tradescreen.server.ServerFixture;

/** The Consolidated Screening List API, as trade.gov's clients call it, on the bundled sample. */
class CslApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ServerFixture server = ServerFixture.perClass();

    @Test
    void recordedClientRequestsFindTheInstituteAsOf2021() throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                CslApiTest.class.getResourceAsStream("csl-requests.txt"), StandardCharsets.UTF_8))) {
            String line;
            int checked = 0;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\t");
                HttpResponse<String> r = server.get(parts[1] + "&as_of=2021-06-01");
                assertThat(r.statusCode()).as(parts[1] + ": " + r.body()).isEqualTo(200);
                JsonNode doc = JSON.readTree(r.body());
                assertThat(doc.path("total").asInt()).as(parts[1]).isEqualTo(Integer.parseInt(parts[0]));
                if (doc.path("total").asInt() > 0) {
                    assertThat(doc.path("results").get(0).path("name").asText())
                            .isEqualTo("Ministry of Public Security's Institute of Forensic Science of China");
                }
                checked++;
            }
            assertThat(checked).isEqualTo(9);
        }
    }

    @Test
    void theResponseHasTradeGovsShapeAndFieldNames() throws Exception {
        JsonNode doc = JSON.readTree(server.get("/consolidated_screening_list/v1/search?name=forensic&as_of=2021-06-01").body());
        // trade.gov's fields in its order; ours (coverage, warnings: eu-fsf had no version yet in 2021) come after.
        assertThat(doc.fieldNames()).toIterable().startsWith("total", "offset", "sources", "sources_used",
                "search_performed_at", "results");
        assertThat(doc.path("search_performed_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d\\d:\\d\\d");
        assertThat(doc.path("sources").get(0).path("value").asText()).isEqualTo("Entity List (EL) - Bureau of Industry and Security");
        assertThat(doc.path("sources").get(0).path("count").asInt()).isEqualTo(1);
        assertThat(doc.path("sources_used").findValuesAsText("source_last_updated")).containsOnly("2021-01-04");
        JsonNode result = doc.path("results").get(0);
        assertThat(result.fieldNames()).toIterable().contains("id", "source", "entity_number", "type", "programs", "name",
                "title", "addresses", "federal_register_notice", "start_date", "end_date", "standard_order",
                "license_requirement", "license_policy", "call_sign", "vessel_type", "gross_tonnage",
                "gross_registered_tonnage", "vessel_flag", "vessel_owner", "remarks", "source_list_url", "alt_names",
                "citizenships", "dates_of_birth", "nationalities", "places_of_birth", "source_information_url", "ids")
                .doesNotContain("score");
        assertThat(result.path("entity_number").isNull()).isTrue();
        assertThat(result.path("start_date").asText()).isEqualTo("2020-06-05");
        assertThat(result.path("federal_register_notice").asText()).contains("85 FR 34495");
        assertThat(result.path("addresses").get(0).path("country").asText()).isEqualTo("CN");

        JsonNode fuzzy = JSON.readTree(server.get(
                "/consolidated_screening_list/v1/search?name=Instutite+of+Forensik+Science&fuzzy_name=true&as_of=2021-06-01").body());
        double score = fuzzy.path("results").get(0).path("score").asDouble();
        assertThat(score).isBetween(60.0, 100.0);
    }

    @Test
    void sourcesNameEachSubListWithItsVersion() throws Exception {
        JsonNode sources = JSON.readTree(server.get("/consolidated_screening_list/v1/sources?as_of=2021-06-01").body());
        assertThat(sources.path("total").asInt()).isEqualTo(sources.path("results").size());
        JsonNode el = null;
        for (JsonNode s : sources.path("results")) {
            if (s.path("id").asText().equals("EL")) {
                el = s;
            }
        }
        assertThat(el).isNotNull();
        assertThat(el.path("source").asText()).isEqualTo("Entity List (EL) - Bureau of Industry and Security");
        assertThat(el.path("source_last_updated").asText()).isEqualTo("2021-01-04");
        JsonNode search = JSON.readTree(server.get("/consolidated_screening_list/v1/search?name=forensic&as_of=2021-06-01").body());
        assertThat(search.path("sources_used").findValuesAsText("source"))
                .contains("Entity List (EL) - Bureau of Industry and Security");
    }

    @Test
    void pagingAndItsLimits() throws Exception {
        JsonNode all = JSON.readTree(server.get("/consolidated_screening_list/v1/search?sources=&size=100&as_of=2023-11-15").body());
        int total = all.path("total").asInt();
        assertThat(total).isGreaterThan(2);
        JsonNode page = JSON.readTree(server.get("/consolidated_screening_list/v1/search?size=2&offset=1&as_of=2023-11-15").body());
        assertThat(page.path("total").asInt()).isEqualTo(total);
        assertThat(page.path("offset").asInt()).isEqualTo(1);
        assertThat(page.path("results")).hasSize(2);
        assertThat(page.path("results").get(0).path("id")).isEqualTo(all.path("results").get(1).path("id"));
        HttpResponse<String> bad = server.get("/consolidated_screening_list/v1/search?size=ten");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).path("error").asText()).isEqualTo("size: 'ten' is not a whole number");
        assertThat(server.get("/consolidated_screening_list/v1/search?offset=-1").statusCode()).isEqualTo(400);
        JsonNode beyond = JSON.readTree(server.get("/consolidated_screening_list/v1/search?offset=2147483647&size=100").body());
        assertThat(beyond.path("results")).isEmpty();
        assertThat(JSON.readTree(server.get("/consolidated_screening_list/v1/search?city=Beijing&as_of=2021-06-01").body())
                .path("total").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(server.get("/consolidated_screening_list/v1/search?city=Shanghai&as_of=2021-06-01").body())
                .path("total").asInt()).isEqualTo(0);
        assertThat(JSON.readTree(server.get("/consolidated_screening_list/v1/search?full_address=xicheng&as_of=2021-06-01")
                .body()).path("total").asInt()).isEqualTo(1);
        assertThat(server.get("/consolidated_screening_list/v1/search?types=Spaceship").statusCode()).isEqualTo(400);
    }

    @Test
    void aReadKeyIsAcceptedAsHeaderQueryParameterOrBearerToken() throws Exception {
        try (ServerFixture keyed = ServerFixture.start(s -> s.withReadKeys(List.of("k-123")), List.of())) {
            String path = "/consolidated_screening_list/v1/search?name=forensic&as_of=2021-06-01";
            assertThat(keyed.get(path).statusCode()).isEqualTo(401);
            assertThat(keyed.get(path, "subscription-key", "wrong").statusCode()).isEqualTo(401);
            assertThat(keyed.get(path, "subscription-key", "k-123").statusCode()).isEqualTo(200);
            assertThat(keyed.get(path + "&subscription-key=k-123").statusCode()).isEqualTo(200);
            assertThat(keyed.get(path, "Authorization", "Bearer k-123").statusCode()).isEqualTo(200);
            assertThat(keyed.post("/match/default", "{\"queries\":{}}").statusCode()).isEqualTo(401);
        }
    }

    /** Issue 9, finding 7: an unknown list or country selected nothing and answered total 0, a false clear. */
    @Test
    void unknownSourcesAndCountriesAre400NamingTheValue() throws Exception {
        HttpResponse<String> source = server.get("/consolidated_screening_list/v1/search?name=forensic&sources=EL,XYZ");
        assertThat(source.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(source.body()).path("error").asText()).startsWith("sources: 'XYZ' is not a list searched here; known: [");
        // CAP is a real CSL sub-list, but none of it is loaded here: a search of it cannot say "none".
        assertThat(server.get("/consolidated_screening_list/v1/search?name=forensic&sources=CAP").statusCode()).isEqualTo(400);
        HttpResponse<String> country = server.get("/consolidated_screening_list/v1/search?name=forensic&countries=CN,QQ");
        assertThat(country.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(country.body()).path("error").asText()).isEqualTo("countries: 'QQ' is not an ISO 3166 country code");
        assertThat(server.get("/consolidated_screening_list/v1/search?name=forensic&sources=el,us-csl&countries=cn")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void corsAllowsOnlyTheConfiguredOriginsWithPreflight() {
        String path = "/consolidated_screening_list/v1/search?name=forensic";
        HttpResponse<String> plain = server.get(path, "Origin", "https://csl.example.gov");
        assertThat(plain.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        try (ServerFixture cors = ServerFixture.start(s -> s.withCorsOrigins(List.of("https://csl.example.gov")), List.of())) {
            HttpResponse<String> preflight = cors.send(HttpRequest.newBuilder(URI.create(cors.url(path)))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()), "Origin", "https://csl.example.gov",
                    "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "subscription-key");
            assertThat(preflight.statusCode()).isEqualTo(200);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://csl.example.gov");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("")).containsIgnoringCase("subscription-key");
            assertThat(cors.get(path, "Origin", "https://csl.example.gov").headers()
                    .firstValue("Access-Control-Allow-Origin")).hasValue("https://csl.example.gov");
            assertThat(cors.get(path, "Origin", "https://evil.example.com").headers()
                    .firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
        // With a read key too, the preflight (which carries no key) is still answered; the request needs the key.
        try (ServerFixture both = ServerFixture.start(s -> s.withCorsOrigins(List.of("https://csl.example.gov"))
                .withReadKeys(List.of("k-1")), List.of())) {
            HttpResponse<String> preflight = both.send(HttpRequest.newBuilder(URI.create(both.url(path)))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()), "Origin", "https://csl.example.gov",
                    "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "subscription-key");
            assertThat(preflight.statusCode()).isEqualTo(200);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://csl.example.gov");
            assertThat(both.get(path, "Origin", "https://csl.example.gov").statusCode()).isEqualTo(401);
            assertThat(both.get(path, "Origin", "https://csl.example.gov", "subscription-key", "k-1").statusCode())
                    .isEqualTo(200);
        }
    }
}
