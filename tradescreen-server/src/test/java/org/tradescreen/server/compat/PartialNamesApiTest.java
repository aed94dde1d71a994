package org.tradescreen.server.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradescreen.lists.load.LoadRequest;
import org.tradescreen.server.ServerFixture;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

/**
 * A surname alone, with and without a typo, through the CSL-compatible fuzzy search, yente's fuzzy text search and
 * the search page, on the SDN list of 2024-05-03 (eight ROTENBERGs; trade.gov's fuzzy search lists them all).
 */
@NeedsSharedData
class PartialNamesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ServerFixture server;

    @BeforeAll
    static void start() {
        Path sdn = SharedData.lists("ofac-sdn-series/sdn_2024-05-03.csv");
        server = ServerFixture.start(UnaryOperator.identity(), List.of(),
                List.of(new LoadRequest(List.of(sdn), "ofac-csv", "us-ofac-sdn", LocalDate.of(2024, 5, 3), false, true)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void cslFuzzySearchListsEveryRotenbergAndATypoFindsThemToo() throws Exception {
        for (String name : List.of("Rotenberg", "Rotenburg")) {
            JsonNode doc = JSON.readTree(server.get("/consolidated_screening_list/v1/search?sources=SDN&fuzzy_name=true&name="
                    + name).body());

            assertThat(doc.path("total").asInt()).as(name).isEqualTo(8);
            assertThat(doc.path("results").findValuesAsText("name")).allMatch(n -> n.startsWith("ROTENBERG, "));
            double expected = name.equals("Rotenberg") ? 100.0 : 88.9;
            assertThat(doc.path("results").findValues("score")).allMatch(s -> s.asDouble() == expected);
        }
    }

    @Test
    void cslExactSearchStillNeedsEveryWord() throws Exception {
        JsonNode doc = JSON.readTree(server.get("/consolidated_screening_list/v1/search?sources=SDN&name=Rotenburg").body());

        assertThat(doc.path("total").asInt()).isZero();
    }

    @Test
    void yenteSearchWithFuzzyFindsTheMisspeltSurname() throws Exception {
        JsonNode fuzzy = JSON.readTree(server.get("/search/default?q=Rotenburg&fuzzy=true&limit=20").body());
        JsonNode plain = JSON.readTree(server.get("/search/default?q=Rotenburg&limit=20").body());

        assertThat(fuzzy.path("total").path("value").asInt()).isEqualTo(8);
        for (JsonNode result : fuzzy.path("results")) {
            assertThat(result.path("caption").asText()).startsWith("ROTENBERG, ");
        }
        assertThat(plain.path("total").path("value").asInt()).isZero();
    }

    @Test
    void theSearchPageShowsThemAsPartialMatchesNotAsHits() {
        String page = server.get("/search?name=Rotenburg").body();

        assertThat(page).contains("No hits").contains("Partial matches: 8").contains("ROTENBERG, Arkady Romanovich")
                .contains("partial");
    }
}
