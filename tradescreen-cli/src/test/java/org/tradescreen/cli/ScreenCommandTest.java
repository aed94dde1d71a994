package org.tradescreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code screen}, {@code screen-file} and {@code compare} as a user runs them, on the bundled sample. */
class ScreenCommandTest {

    private static final String INSTITUTE = "Ministry of Public Security's Institute of Forensic Science of China";

    @TempDir
    Path data;

    private CliRun run(String... args) {
        return CliRun.in(data, args);
    }

    @Test
    void screen_asOf2021_findsTheInstituteAndExits1() {
        CliRun r = run("screen", "--json", "--as-of", "2021-01-01", INSTITUTE);

        assertThat(r.exit()).isEqualTo(1);
        JsonNode doc = r.json();
        assertThat(doc.path("query").asText()).isEqualTo(INSTITUTE);
        assertThat(doc.path("as_of").asText()).isEqualTo("2021-01-01");
        assertThat(doc.path("threshold").asDouble()).isEqualTo(0.75);
        JsonNode hit = doc.path("hits").get(0);
        for (String field : List.of("entity_id", "source", "source_id", "name", "matched_name", "score", "listed_on",
                "explanation")) {
            assertThat(hit.has(field)).as(field).isTrue();
        }
        assertThat(hit.path("listed_on").asText()).isEqualTo("2020-06-05");
        assertThat(hit.path("score").asDouble()).isBetween(0.75, 1.0);
        assertThat(hit.path("explanation").path("name").path("aligned")).isNotEmpty();
    }

    @Test
    void screen_asOf2024_findsNothingAndExits0() {
        CliRun r = run("screen", "--json", "--as-of", "2024-01-01", INSTITUTE);

        assertThat(r.exit()).isZero();
        assertThat(r.json().path("hits")).isEmpty();
    }

    @Test
    void screen_withABadThreshold_exits2WithAMessage() {
        CliRun r = run("screen", "--threshold", "1.5", INSTITUTE);

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--threshold must be between 0 and 1");
    }

    @Test
    void screen_withTheOfacAlgorithm_scoresAsOfacDoes() {
        CliRun r = run("screen", "--json", "--algorithm", "ofac", "--as-of", "2021-01-01", "MINISTRY OF PEOPLES SECURITY");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().path("algorithm").asText()).isEqualTo("ofac");
        assertThat(r.json().path("hits").get(0).path("explanation").path("algorithm").asText()).isEqualTo("ofac-sls-2021");
    }

    @Test
    void screenFile_writesOneRowPerInputRow_andReportsBadRowsWithoutStopping() throws Exception {
        Path in = data.resolve("parties.csv");
        Files.writeString(in, "id,name,country\n1,\"" + INSTITUTE + "\",CN\n2,Jane Q. Public,US\n3,,\n4,Huawei Technologies,Atlantis\n");
        Path out = data.resolve("out.csv");

        // Only us-csl, the list in force in 2021 (eu-fsf starts in 2023: screening it too would not be clear).
        CliRun r = run("screen-file", "--source", "us-csl", "--as-of", "2021-01-01", in.toString(), "-o", out.toString());

        assertThat(r.exit()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("id,name,hit,top_entity_id,top_score,top_matched_name,hits,error");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith("1,").contains(",true,us-csl:");
        assertThat(lines.get(2)).startsWith("2,Jane Q. Public,false,");
        assertThat(lines.get(3)).contains("parties.csv:4: field name: empty");
        assertThat(lines.get(4)).contains("parties.csv:5: field country: 'Atlantis'");
        assertThat(r.err()).contains("screened 4 rows, 1 with a hit");
    }

    @Test
    void screenFile_withoutANameColumn_exits2NamingTheField() throws Exception {
        Path in = data.resolve("bad.csv");
        Files.writeString(in, "id,party\n1,x\n");

        CliRun r = run("screen-file", in.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.csv:1: field name");
    }

    @Test
    void screenFile_readsJsonLines() throws Exception {
        Path in = data.resolve("parties.jsonl");
        Files.writeString(in, "{\"id\":\"a\",\"name\":\"公安部物证鉴定中心\"}\n{\"id\":\"b\",\"name\":\"Nobody In Particular\"}\n");

        CliRun r = run("screen-file", "--source", "us-csl", "--as-of", "2022-01-01", in.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().toList()).hasSize(3);
        assertThat(r.out()).contains("a,公安部物证鉴定中心,true,us-csl:");
    }

    @Test
    void compare_printsScoreMatchAndExplanation() {
        CliRun r = run("compare", "--json", "--type", "person", "Vladimir Putin", "PUTIN, Vladimir Vladimirovich");

        assertThat(r.exit()).isZero();
        assertThat(r.json().path("match").asBoolean()).isTrue();
        assertThat(r.json().path("explanation").path("aligned")).hasSize(2);
    }

    @Test
    void comparePairs_writesScoreAndMatchColumns() throws Exception {
        Path in = data.resolve("pairs.csv");
        Files.writeString(in, "name1,name2,type\nSiemens AG,Siemens Aktiengesellschaft,organization\nBoris Vekselberg,Viktor Vekselberg,person\n");

        CliRun r = run("compare", "--pairs", in.toString());

        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("name1,name2,score,match");
        assertThat(lines.get(1)).endsWith(",true");
        assertThat(lines.get(2)).endsWith(",false");
    }
}
