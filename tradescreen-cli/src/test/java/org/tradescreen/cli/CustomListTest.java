package org.tradescreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A list the user keeps, loaded as one more source: versions, diff, history and as-of as for official lists. */
class CustomListTest {

    private static final String HEADER = "id,name,aliases,type,country,city,program,listed_on,phone,case\n";
    private static final String AMARVEL = "W-001,Hubei Amarvel Biotech Co. Ltd.,AmarvelBio,organization,CN,Wuhan,"
            + "indicted,2023-06-23,+86 27 8788 1234,23-cr-302\n";
    private static final String HANHONG = "W-003,Hanhong Pharmaceutical Technology Co. Ltd.,,organization,CN,Wuhan,"
            + "indicted,2023-10-03,,\n";

    @TempDir
    Path data;

    @Test
    void aWatchListIsVersionedAndScreenedAsOfItsDates() throws Exception {
        Path june = data.resolve("watch-june.csv");
        Path october = data.resolve("watch-october.csv");
        Files.writeString(june, HEADER + AMARVEL);
        Files.writeString(october, HEADER + AMARVEL + HANHONG);

        CliRun first = CliRun.in(data, "lists", "load", "--json", "--source", "internal-watch", "--format", "custom-csv",
                "--published", "2023-06-23", june.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.json().path("entities").asInt()).isEqualTo(1);
        CliRun second = CliRun.in(data, "lists", "load", "--json", "--source", "internal-watch", "--format",
                "custom-csv", "--published", "2023-10-03", october.toString());
        assertThat(second.json().path("added").asInt()).isEqualTo(1);

        JsonNode diff = CliRun.in(data, "lists", "diff", "--json", "--source", "internal-watch").json();
        assertThat(diff.path("added").findValuesAsText("name")).containsExactly("Hanhong Pharmaceutical Technology Co. Ltd.");

        CliRun before = CliRun.in(data, "screen", "--json", "--source", "internal-watch", "--as-of", "2023-07-01",
                "Hanhong Pharmaceutical Technology");
        assertThat(before.exit()).isZero();
        CliRun after = CliRun.in(data, "screen", "--json", "--source", "internal-watch", "--as-of", "2023-11-01",
                "Hanhong Pharmaceutical Technology");
        assertThat(after.exit()).isEqualTo(1);
        assertThat(after.json().path("hits").get(0).path("entity_id").asText()).isEqualTo("internal-watch:W-003");
        assertThat(after.json().path("hits").get(0).path("listed_on").asText()).isEqualTo("2023-10-03");

        JsonNode history = CliRun.in(data, "history", "--json", "--id", "internal-watch:W-001").json();
        assertThat(history.path("entity").path("remarks").toString()).contains("case: 23-cr-302");
        assertThat(history.path("events").get(0).path("event").asText()).isEqualTo("listed");
    }
}
