package org.tradescreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, finding 2: screening as of a day when no list was in force answered "0 hits", exit 0: a false clear.
 * The bundled sample's lists start on 2020-06-04 (us-csl) and 2023-11-17 (eu-fsf).
 */
class NotClearResultsTest {

    private static final String NOBODY = "Jane Q. Nobody";

    @TempDir
    Path data;

    @Test
    void screen_beforeAnyList_isNotClear_exit4_withTheEarliestVersionNamed() {
        CliRun r = CliRun.in(data, "screen", "--json", "--as-of", "2019-01-01", NOBODY);

        assertThat(r.exit()).isEqualTo(4);
        JsonNode doc = r.json();
        assertThat(doc.path("hits")).isEmpty();
        assertThat(doc.path("lists")).isEmpty();
        assertThat(doc.path("coverage").path("complete").asBoolean(true)).isFalse();
        assertThat(doc.path("coverage").path("missing").findValuesAsText("source")).containsExactly("eu-fsf", "us-csl");
        assertThat(doc.path("coverage").path("missing").findValuesAsText("earliest"))
                .containsExactly("2023-11-17", "2020-06-04");
        assertThat(doc.path("warnings").toString()).contains("us-csl had no version in force on 2019-01-01 (its earliest"
                + " stored version was published 2020-06-04)").contains("no list was in force on 2019-01-01");
        assertThat(r.err()).contains("tradescreen: warning: us-csl had no version in force on 2019-01-01");

        CliRun text = CliRun.in(data, "screen", "--as-of", "2019-01-01", NOBODY);
        assertThat(text.exit()).isEqualTo(4);
        assertThat(text.out()).contains("0 hit(s)").contains("NOT A CLEAR RESULT: no list was in force that day");
    }

    @Test
    void screen_whenOneListIsMissing_isNotClear_andAHitStillExits1() {
        // 2021: us-csl in force, eu-fsf not yet stored.
        CliRun none = CliRun.in(data, "screen", "--json", "--as-of", "2021-01-01", NOBODY);
        assertThat(none.exit()).isEqualTo(4);
        assertThat(none.json().path("coverage").path("missing").findValuesAsText("source")).containsExactly("eu-fsf");

        CliRun hit = CliRun.in(data, "screen", "--json", "--as-of", "2021-01-01", "Institute of Forensic Science of China");
        assertThat(hit.exit()).isEqualTo(1);
        assertThat(hit.json().path("coverage").path("complete").asBoolean(true)).isFalse();

        // Asking only for the list that was in force makes the result complete.
        CliRun limited = CliRun.in(data, "screen", "--json", "--source", "us-csl", "--as-of", "2021-01-01", NOBODY);
        assertThat(limited.exit()).isZero();
        assertThat(limited.json().path("coverage").path("complete").asBoolean()).isTrue();
        assertThat(limited.json().path("warnings")).isEmpty();

        // Asking for a list that had no version that day is not clear either.
        CliRun asked = CliRun.in(data, "screen", "--source", "eu-fsf", "--as-of", "2021-01-01", NOBODY);
        assertThat(asked.exit()).isEqualTo(4);
        assertThat(asked.err()).contains("eu-fsf had no version in force on 2021-01-01");
    }

    @Test
    void screenFile_beforeAnyList_exits4WithTheWarning() throws Exception {
        Path in = data.resolve("parties.csv");
        Files.writeString(in, "id,name\n1," + NOBODY + "\n");
        CliRun r = CliRun.in(data, "screen-file", "--as-of", "2019-06-01", in.toString());
        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.err()).contains("warning: us-csl had no version in force on 2019-06-01")
                .contains("not a clear result");
    }

    @Test
    void extremeDates_areInputErrors_notAnEmptyScreening() {
        for (String date : new String[] {"+999999999-12-31", "-999999999-01-01", "0001-01-01", "3000-01-01"}) {
            CliRun r = CliRun.in(data, "screen", "--as-of", date, NOBODY);
            assertThat(r.exit()).as(date).isEqualTo(2);
            assertThat(r.err()).as(date).contains("Invalid value for option '--as-of'")
                    .contains("is out of range; dates run from 1900-01-01 to 2999-12-31");
        }
        CliRun published = CliRun.in(data, "lists", "load", "--published", "+999999999-12-31", "nowhere.csv");
        assertThat(published.exit()).isEqualTo(2);
        assertThat(published.err()).contains("out of range");
    }
}
