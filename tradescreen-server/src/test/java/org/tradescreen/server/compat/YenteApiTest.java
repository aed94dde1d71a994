package org.tradescreen.server.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tradescreen.server.ServerFixture;

/**
 * The yente API, with the request shape of OpenSanctions' documentation (opensanctions.org/docs/api/matching:
 * named queries, each a schema and FollowTheMoney properties given as lists or single strings).
 */
class YenteApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String INSTITUTE = "Ministry of Public Security's Institute of Forensic Science of China";

    @RegisterExtension
    static final ServerFixture server = ServerFixture.perClass();
    static String recorded;

    @BeforeAll
    static void readTheRecordedRequest() throws Exception {
        try (InputStream in = YenteApiTest.class.getResourceAsStream("yente-match-request.json")) {
            recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theRecordedMatchRequestFindsTheInstituteAsOf2021WithExplanations() throws Exception {
        HttpResponse<String> r = server.post("/match/default?as_of=2021-06-01", recorded);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode doc = JSON.readTree(r.body());
        assertThat(doc.path("limit").asInt()).isEqualTo(5);
        JsonNode institute = doc.path("responses").path("institute");
        assertThat(institute.path("status").asInt()).isEqualTo(200);
        assertThat(institute.path("total").path("value").asInt()).isEqualTo(1);
        assertThat(institute.path("total").path("relation").asText()).isEqualTo("eq");
        assertThat(institute.path("query").path("schema").asText()).isEqualTo("Company");
        JsonNode top = institute.path("results").get(0);
        assertThat(top.path("caption").asText()).isEqualTo(INSTITUTE);
        assertThat(top.path("match").asBoolean()).isTrue();
        assertThat(top.path("score").asDouble()).isGreaterThanOrEqualTo(0.70);
        assertThat(top.path("properties").path("name").get(0).asText()).isEqualTo(INSTITUTE);
        assertThat(top.path("properties").path("topics").get(0).asText()).isEqualTo("export.control");
        assertThat(top.path("properties").path("sanctions").get(0).path("schema").asText()).isEqualTo("Sanction");
        assertThat(top.path("explanations").path("name_match").path("score").asDouble()).isPositive();
        assertThat(top.path("explanations").path("name_match").path("detail").asText()).contains("forensic = forensic");
        assertThat(top.path("explanations").path("country_match").path("detail").asText()).isEqualTo("CN");
        assertThat(top.path("features").path("name_match").asDouble())
                .isEqualTo(top.path("explanations").path("name_match").path("score").asDouble());
        JsonNode person = doc.path("responses").path("person");
        assertThat(person.path("status").asInt()).isEqualTo(200);
        assertThat(person.path("total").path("value").asInt()).isZero();

        JsonNode today = JSON.readTree(server.post("/match/default", recorded).body());
        assertThat(today.path("responses").path("institute").path("results").findValuesAsText("caption"))
                .doesNotContain(INSTITUTE);
    }

    @Test
    void searchAndEntities() throws Exception {
        JsonNode search = JSON.readTree(server.get("/search/default?q=forensic+science&as_of=2021-06-01").body());
        assertThat(search.path("total").path("value").asInt()).isEqualTo(1);
        assertThat(search.path("results").get(0).path("caption").asText()).isEqualTo(INSTITUTE);
        assertThat(search.path("facets").path("countries").path("values").get(0).path("name").asText()).isEqualTo("cn");
        JsonNode eu = JSON.readTree(server.get("/search/eu-fsf?q=forensic&schema=Organization").body());
        assertThat(eu.path("results")).isNotEmpty();
        eu.path("results").forEach(e -> assertThat(e.path("datasets").get(0).asText()).isEqualTo("eu-fsf"));

        String id = search.path("results").get(0).path("id").asText();
        JsonNode entity = JSON.readTree(server.get("/entities/" + id).body());
        assertThat(entity.path("caption").asText()).isEqualTo(INSTITUTE);
        assertThat(entity.path("first_seen").asText()).startsWith("2020-06");
        assertThat(entity.path("last_change").asText()).startsWith("2023-11");
        assertThat(entity.path("target").asBoolean()).isFalse();
    }

    @Test
    void catalogAlgorithmsAndTheOfacAlgorithm() throws Exception {
        JsonNode catalog = JSON.readTree(server.get("/catalog").body());
        assertThat(catalog.path("current").toString()).contains("default", "us-csl", "eu-fsf");
        assertThat(catalog.path("datasets").findValuesAsText("name")).contains("default", "sanctions", "us-csl");
        assertThat(catalog.path("index_stale").asBoolean()).isFalse();
        JsonNode algorithms = JSON.readTree(server.get("/algorithms").body());
        assertThat(algorithms.path("default").asText()).isEqualTo("tradescreen-v1");
        assertThat(algorithms.path("algorithms").findValuesAsText("name")).containsExactly("tradescreen-v1", "ofac");
        JsonNode ofac = JSON.readTree(server.post("/match/default?as_of=2021-06-01&algorithm=ofac", recorded).body());
        JsonNode ours = JSON.readTree(server.post("/match/default?as_of=2021-06-01", recorded).body());
        double ofacScore = ofac.path("responses").path("institute").path("results").get(0).path("score").asDouble();
        double ourScore = ours.path("responses").path("institute").path("results").get(0).path("score").asDouble();
        assertThat(ofacScore).isNotEqualTo(ourScore);
    }

    @Test
    void errorsAnswerAsYenteDoes() throws Exception {
        HttpResponse<String> dataset = server.post("/match/nowhere", recorded);
        assertThat(dataset.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(dataset.body()).path("detail").asText()).isEqualTo("No such dataset.");
        HttpResponse<String> noSchema = server.post("/match/default", "{\"queries\": {\"q1\": {\"properties\": {\"name\": [\"x\"]}}}}");
        assertThat(noSchema.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noSchema.body()).path("detail").asText()).startsWith("queries.q1.schema: required");
        HttpResponse<String> noName = server.post("/match/default", "{\"queries\": {\"q1\": {\"schema\": \"Person\", \"properties\": {}}}}");
        assertThat(JSON.readTree(noName.body()).path("detail").asText()).startsWith("queries.q1.properties.name: required");
        // Values yente would clean away do not fail the query: they just do not corroborate.
        HttpResponse<String> odd = server.post("/match/default?as_of=2021-06-01", "{\"queries\": {\"q1\": {\"schema\": "
                + "\"Company\", \"properties\": {\"name\": \"Institute of Forensic Science of China\", \"country\": [\"suhh\"],"
                + " \"birthDate\": [\"1975-04-21T00:00:00\"]}}}}");
        assertThat(odd.statusCode()).as(odd.body()).isEqualTo(200);
        assertThat(JSON.readTree(odd.body()).path("responses").path("q1").path("total").path("value").asInt()).isEqualTo(1);
        String many = java.util.stream.IntStream.rangeClosed(1, 51).mapToObj(i -> "\"name " + i + "\"")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        HttpResponse<String> tooMany = server.post("/match/default", "{\"queries\": {\"q1\": {\"schema\": \"Person\","
                + " \"properties\": {\"name\": " + many + "}}}}");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tooMany.body()).path("detail").asText())
                .isEqualTo("queries.q1.properties.name: 51 names and aliases; at most 50");
        HttpResponse<String> longName = server.post("/match/default", "{\"queries\": {\"q1\": {\"schema\": \"Person\","
                + " \"properties\": {\"name\": \"" + "x".repeat(1001) + "\"}}}}");
        assertThat(JSON.readTree(longName.body()).path("detail").asText())
                .isEqualTo("queries.q1.properties.name: 1001 characters; at most 1000");
        HttpResponse<String> entity = server.get("/entities/us-csl:nothing");
        assertThat(entity.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(entity.body()).path("detail").asText()).isEqualTo("No such entity!");
    }
}
