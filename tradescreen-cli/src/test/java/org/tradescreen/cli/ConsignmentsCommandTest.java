package org.tradescreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code consignments screen} and {@code consignments policy} as a user runs them, on the bundled sample. */
class ConsignmentsCommandTest {

    static final Path EXAMPLES = Path.of(System.getProperty("tradescreen.examples"));
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void theExampleManifestScreensWithOneCommand() throws Exception {
        Path out = data.resolve("out.jsonl");
        CliRun r = CliRun.in(data, "consignments", "screen", EXAMPLES.resolve("consignments.jsonl").toString(), "-o",
                out.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("55 consignments:").contains("HOLD").contains("policy tradescreen-default");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(55);
        JsonNode first = JSON.readTree(lines.get(0));
        for (String field : List.of("consignment_id", "as_of", "decision", "reasons", "parties", "lines", "policy",
                "lists")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.path("decision").asText()).isEqualTo("HOLD");
        assertThat(first.path("reasons").get(0).path("rule").asText()).isEqualTo("PARTY-SANCTIONED");
        assertThat(first.path("policy").path("sha256").asText()).hasSize(64);
    }

    @Test
    void allClearExits0_badRecordsExit2AndTheBatchGoesOn() throws Exception {
        Path clear = data.resolve("clear.jsonl");
        Files.writeString(clear, "{\"consignment_id\":\"A\",\"as_of\":\"2024-03-01\",\"direction\":\"import\","
                + "\"parties\":[{\"role\":\"shipper\",\"name\":\"Yiwu Sunshine Crafts\"}],"
                + "\"lines\":[{\"description\":\"ceramic mug\",\"hs_code\":\"6912.00\"}]}\n");
        CliRun ok = CliRun.in(data, "consignments", "screen", "--json", clear.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.json().path("results").get(0).path("decision").asText()).isEqualTo("CLEAR");
        assertThat(ok.json().path("summary").path("clear").asInt()).isEqualTo(1);

        Path bad = data.resolve("bad.jsonl");
        Files.writeString(bad, Files.readString(clear) + "{\"consignment_id\":\"B\",\"lines\":{}}\n{broken\n");
        CliRun r = CliRun.in(data, "consignments", "screen", bad.toString());
        assertThat(r.exit()).isEqualTo(2);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(JSON.readTree(lines.get(1)).path("error").asText()).isEqualTo("lines: expected an array");
        assertThat(JSON.readTree(lines.get(2)).path("input_line").asInt()).isEqualTo(3);
    }

    @Test
    void csvManifestsAndAsOf() throws Exception {
        Path csv = data.resolve("m.csv");
        Files.writeString(csv, "consignment_id,mode,direction,origin_country,destination_country,shipper_name,"
                + "consignee_name,consignee_country,line_no,description,hs_code\n"
                + "X1,cargo,export,US,CN,Boston Genomics,Institute of Forensic Science of China,CN,1,DNA kits,3822.19\n");
        CliRun before = CliRun.in(data, "consignments", "screen", "--as-of", "2021-06-01", csv.toString());
        assertThat(before.exit()).isEqualTo(1);
        assertThat(JSON.readTree(before.out()).path("decision").asText()).isEqualTo("HOLD");
        CliRun after = CliRun.in(data, "consignments", "screen", "--as-of", "2024-01-10", csv.toString());
        assertThat(after.exit()).isZero();
    }

    @Test
    void policyCheck_reportsErrorsWithLinesAndRulesThatNeverFire() throws Exception {
        Path policy = data.resolve("p.yaml");
        Files.writeString(policy, """
                id: mine
                version: "1"
                rules:
                  - id: AIR
                    decision: HOLD
                    scope: consignment
                    when: consignment.mode == 'air'
                  - id: TYPO
                    decision: HOLD
                    scope: line
                    when: line.clas == 'precursor'
                """);
        CliRun r = CliRun.in(data, "consignments", "policy", "check", policy.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("p.yaml:7: warning: rule AIR: can never fire: consignment.mode is one of")
                .contains("p.yaml:11: error: rule TYPO: when: line has no field 'clas'")
                .contains("p.yaml: 1 error(s), 1 warning(s)");
        CliRun bundled = CliRun.in(data, "consignments", "policy", "show");
        Path shown = data.resolve("default.yaml");
        Files.writeString(shown, bundled.out());
        assertThat(CliRun.in(data, "consignments", "policy", "check", shown.toString()).exit()).isZero();

        CliRun screen = CliRun.in(data, "consignments", "screen", "--policy", policy.toString(),
                EXAMPLES.resolve("consignments.jsonl").toString());
        assertThat(screen.exit()).isEqualTo(2);
        assertThat(screen.err()).contains("p.yaml:11: error: rule TYPO");
    }
}
