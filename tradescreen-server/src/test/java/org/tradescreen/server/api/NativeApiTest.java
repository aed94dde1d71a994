package org.tradescreen.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tradescreen.server.ServerFixture;

/** The native API over HTTP, on the bundled sample: the institute listed 2020-06-05, delisted in November 2023. */
class NativeApiTest {

    static final String INSTITUTE = "Institute of Forensic Science of China";
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ServerFixture server = ServerFixture.perClass();

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void screeningAsOf2021FindsTheInstituteAndAsOf2024DoesNot() throws Exception {
        HttpResponse<String> r = server.get("/api/v1/screen?name=" + q(INSTITUTE) + "&as_of=2021-06-01");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = json(r);
        assertThat(doc.path("hits")).hasSize(1);
        JsonNode hit = doc.path("hits").get(0);
        assertThat(hit.path("name").asText()).isEqualTo("Ministry of Public Security's Institute of Forensic Science of China");
        assertThat(hit.path("list").asText()).isEqualTo("EL");
        assertThat(hit.path("listed_on").asText()).isEqualTo("2020-06-05");
        assertThat(hit.path("explanation").path("name").path("aligned")).isNotEmpty();
        assertThat(doc.path("lists").get(0).path("published").asText()).isEqualTo("2021-01-04");

        assertThat(json(server.get("/api/v1/screen?name=" + q(INSTITUTE) + "&as_of=2024-01-01")).path("hits")).isEmpty();
        assertThat(json(server.get("/api/v1/screen?name=" + q(INSTITUTE))).path("hits")).isEmpty();
    }

    @Test
    void batchScreeningKeepsTheClientsIdsAndNamesTheBadField() throws Exception {
        String body = """
                {"as_of": "2021-06-01", "queries": [
                  {"id": "a", "name": "Institute of Forensic Science of China", "country": "China"},
                  {"id": "b", "name": "Jane Q. Nobody"}]}""";
        JsonNode doc = json(server.post("/api/v1/screen", body));
        assertThat(doc.path("results").get(0).path("id").asText()).isEqualTo("a");
        assertThat(doc.path("results").get(0).path("hits")).hasSize(1);
        assertThat(doc.path("results").get(1).path("id").asText()).isEqualTo("b");
        assertThat(doc.path("results").get(1).path("hits")).isEmpty();

        HttpResponse<String> bad = server.post("/api/v1/screen",
                "{\"queries\": [{\"name\": \"x\"}, {\"name\": \"y\", \"country\": \"Atlantis\"}]}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).path("error").asText()).startsWith("queries[1].country: 'Atlantis'");
    }

    @Test
    void malformedRequestsAre400WithAMessageAndNoStackTrace() throws Exception {
        assertError(server.post("/api/v1/screen", "{\"queries\": [ {\"name\": "), 400, "the body is not valid JSON");
        assertError(server.post("/api/v1/screen", ""), 400, "the request needs a JSON body");
        assertError(server.post("/api/v1/screen", "{\"queries\": " + "[".repeat(5000) + "]".repeat(5000) + "}"), 400,
                "the body is not valid JSON");
        assertError(server.post("/api/v1/screen", "{\"queries\": []}"), 400, "queries: required");
        assertError(server.get("/api/v1/screen?name=x&threshold=2"), 400, "threshold: must be between");
        assertError(server.get("/api/v1/screen?name=x&limit=ten"), 400, "limit: 'ten' is not a whole number");
        assertError(server.get("/api/v1/screen?name=x&as_of=2021-13-01"), 400, "as_of: '2021-13-01' is not a YYYY-MM-DD date");
        assertError(server.get("/api/v1/screen?name=x&source=nowhere"), 400, "source: 'nowhere' is not a stored source");
        assertError(server.get("/api/v1/screen?name="), 400, "name: required");
        assertError(server.post("/api/v1/screen", "{\"queries\": [{\"name\": \"" + "x".repeat(1001) + "\"}]}"), 400,
                "queries[0].name: 1001 characters; at most 1000");
        assertError(server.get("/api/v1/entities/us-csl:nothing"), 404, "no entity us-csl:nothing");
        assertError(server.get("/api/v1/lists/us-csl/diff?from=abc"), 400, "from: 'abc' is neither a version number nor a YYYY-MM-DD date");
        assertError(server.post("/api/v1/goods", "{\"smiles\": \"C1CC(\"}"), 400, "smiles:");
        assertError(server.post("/api/v1/goods", "{}"), 400, "give description, cas, hs, smiles, inchi or molfile");
        assertError(server.post("/api/v1/goods", "{\"smiles\": \"" + "C".repeat(5000) + "\"}"), 400, "about 5000 atoms");
    }

    @Test
    void aSourceLimitsTheListsReported() throws Exception {
        JsonNode doc = json(server.get("/api/v1/screen?name=" + q(INSTITUTE) + "&source=us-csl"));
        assertThat(doc.path("lists").findValuesAsText("source")).containsExactly("us-csl");
        assertThat(doc.path("coverage").path("complete").asBoolean()).isTrue();
        assertThat(doc.path("warnings")).isEmpty();
        assertError(server.get("/api/v1/lists/nowhere/diff"), 404, "no source 'nowhere'");
    }

    /** Issue 9, finding 2: a day with no list in force answered 200 with no hits and no word of it. */
    @Test
    void screeningBeforeAnyListIsNotAClearResult() throws Exception {
        JsonNode doc = json(server.get("/api/v1/screen?name=Jane+Nobody&as_of=2019-01-01"));
        assertThat(doc.path("hits")).isEmpty();
        assertThat(doc.path("lists")).isEmpty();
        assertThat(doc.path("coverage").path("complete").asBoolean(true)).isFalse();
        assertThat(doc.path("coverage").path("missing").findValuesAsText("earliest")).containsExactly("2023-11-17",
                "2020-06-04");
        assertThat(doc.path("warnings").toString()).contains("no list was in force on 2019-01-01");

        JsonNode asked = json(server.get("/api/v1/screen?name=Jane+Nobody&source=us-csl&as_of=2019-01-01"));
        assertThat(asked.path("coverage").path("missing").findValuesAsText("source")).containsExactly("us-csl");

        JsonNode batch = json(server.post("/api/v1/screen", "{\"as_of\": \"2021-06-01\", \"queries\": [{\"name\": \"x\"}]}"));
        assertThat(batch.path("coverage").path("complete").asBoolean(true)).isFalse();
        assertThat(batch.path("warnings").get(0).asText()).startsWith("eu-fsf had no version in force on 2021-06-01");

        JsonNode csl = json(server.get("/consolidated_screening_list/v1/search?name=Nobody&as_of=2019-01-01"));
        assertThat(csl.path("total").asInt()).isZero();
        assertThat(csl.path("warnings").toString()).contains("no list was in force on 2019-01-01");
        JsonNode yente = json(server.post("/match/default?as_of=2019-01-01",
                "{\"queries\": {\"q1\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Jane Nobody\"]}}}}"));
        assertThat(yente.path("warnings").toString()).contains("no list was in force on 2019-01-01");
        // Today every stored list is in force: nothing to warn of.
        assertThat(json(server.get("/consolidated_screening_list/v1/search?name=Nobody")).has("warnings")).isFalse();
    }

    @Test
    void extremeDatesAre400() throws Exception {
        for (String date : new String[] {"%2B999999999-12-31", "-999999999-01-01", "1899-12-31"}) {
            assertError(server.get("/api/v1/screen?name=x&as_of=" + date), 400,
                    "is out of range; dates run from 1900-01-01 to 2999-12-31");
        }
        assertError(server.post("/api/v1/screen", "{\"as_of\": \"+999999999-12-31\", \"queries\": [{\"name\": \"x\"}]}"),
                400, "as_of: +999999999-12-31 is out of range");
    }

    @Test
    void aReadKeyGuardsTheApiAndThePagesButNotTheSystemEndpoints() throws Exception {
        try (ServerFixture keyed = ServerFixture.start(s -> s.withReadKeys(java.util.List.of("rk")), java.util.List.of())) {
            String screen = "/api/v1/screen?name=" + q(INSTITUTE);
            assertThat(keyed.get(screen).statusCode()).isEqualTo(401);
            assertThat(keyed.get(screen, "X-Api-Key", "rk").statusCode()).isEqualTo(200);
            assertThat(keyed.get("/api/v1/lists").statusCode()).isEqualTo(401);
            assertThat(keyed.get("/search?name=x").statusCode()).isEqualTo(401);
            assertThat(keyed.get("/healthz").statusCode()).isEqualTo(200);
            assertThat(keyed.get("/readyz").statusCode()).isEqualTo(200);
            assertThat(keyed.get("/openapi.json").statusCode()).isEqualTo(200);
            // A browser opens a page with the key once; a cookie carries it to the next pages.
            HttpResponse<String> first = keyed.get("/search?api_key=rk");
            assertThat(first.statusCode()).isEqualTo(200);
            String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
            assertThat(keyed.get("/lists", "Cookie", cookie.split(";")[0]).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void batchesOverTheLimitAreRefused() throws Exception {
        try (ServerFixture small = ServerFixture.start(s -> s.withLimits(1024, 2), java.util.List.of())) {
            assertError(small.post("/api/v1/screen", "{\"queries\": [{\"name\": \"a\"}, {\"name\": \"b\"}, {\"name\": \"c\"}]}"),
                    400, "queries: 3 queries; at most 2 per request");
            HttpResponse<String> big = small.post("/api/v1/screen", "{\"queries\": [{\"name\": \"" + "x".repeat(2000) + "\"}]}");
            assertThat(big.statusCode()).isEqualTo(413);
            assertThat(big.body()).doesNotContain("at org.");
        }
    }

    static void assertError(HttpResponse<String> r, int status, String message) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        assertThat(json(r).path("error").asText()).contains(message);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void entityHistoryListsAndDiffs() throws Exception {
        String id = json(server.get("/api/v1/screen?name=" + q(INSTITUTE) + "&as_of=2021-06-01"))
                .path("hits").get(0).path("entity_id").asText();
        JsonNode entity = json(server.get("/api/v1/entities/" + id));
        assertThat(entity.path("id").asText()).isEqualTo(id);
        JsonNode events = json(server.get("/api/v1/entities/" + id + "/history")).path("events");
        assertThat(events.get(0).path("event").asText()).isEqualTo("listed");
        assertThat(events.get(events.size() - 1).path("event").asText()).isEqualTo("delisted");
        assertThat(events.get(events.size() - 1).path("date").asText()).startsWith("2023-11");

        JsonNode lists = json(server.get("/api/v1/lists")).path("sources");
        assertThat(lists.findValuesAsText("source")).containsExactly("eu-fsf", "us-csl");
        JsonNode diff = json(server.get("/api/v1/lists/us-csl/diff?from=2020-06-04&to=2"));
        assertThat(diff.path("from").asInt()).isEqualTo(1);
        assertThat(diff.path("to").asInt()).isEqualTo(2);
        assertThat(diff.path("added").findValuesAsText("name")).contains("Ministry of Public Security's Institute of Forensic Science of China");
    }

    @Test
    void goodsByStructureAndByDescription() throws Exception {
        JsonNode fentanyl = json(server.post("/api/v1/goods", "{\"smiles\": \"CCC(=O)N(C1CCN(CC1)CCc1ccccc1)c1ccccc1\"}"));
        assertThat(fentanyl.path("class").asText()).isEqualTo("controlled");
        assertThat(fentanyl.path("hits").get(0).path("substance").asText()).isEqualTo("Fentanyl");
        assertThat(fentanyl.path("hits").get(0).path("basis").asText()).isEqualTo("structure");
        JsonNode shirts = json(server.post("/api/v1/goods", "{\"description\": \"cotton t-shirts, 200 pieces\"}"));
        assertThat(shirts.path("class").asText()).isEqualTo("none");
    }

    @Test
    void systemEndpointsAndTheOpenApiDocument() throws Exception {
        assertThat(json(server.get("/healthz")).path("status").asText()).isEqualTo("ok");
        HttpResponse<String> ready = server.get("/readyz");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(json(ready).path("lists")).hasSize(2);
        server.get("/api/v1/lists");
        String metrics = server.get("/metrics").body();
        assertThat(metrics).contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/lists\",status=\"200\"}")
                .contains("tradescreen_index_entities").contains("jvm_memory_used_bytes");
        JsonNode openApi = json(server.get("/openapi.json"));
        assertThat(openApi.path("openapi").asText()).startsWith("3.1");
        assertThat(openApi.path("paths").fieldNames()).toIterable().contains("/api/v1/screen", "/api/v1/goods",
                "/consolidated_screening_list/v1/search", "/match/{dataset}", "/search/{dataset}", "/entities/{entity_id}",
                "/api/v1/admin/update", "/healthz", "/readyz", "/metrics");
        assertThat(openApi.path("paths").path("/api/v1/screen").path("get").path("parameters").findValuesAsText("name"))
                .contains("name", "as_of", "threshold");
        assertThat(server.get("/api").body()).contains("swagger-ui-bundle.js");
        assertThat(server.get("/webjars/swagger-ui/5.35.0/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
    }
}
