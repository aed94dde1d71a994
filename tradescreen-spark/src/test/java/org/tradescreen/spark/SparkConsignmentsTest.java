package org.tradescreen.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradescreen.cli.Main;

/**
 * {@code spark consignments screen} against {@code consignments screen} on the same store and manifest: the example
 * manifests (mail, express and cargo, sanctioned and look-alike parties, controlled goods, many dates) twenty times over
 * under other ids, and a line that is no consignment. Decisions, reasons and all, must be equal line for line.
 */
class SparkConsignmentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static Path data;
    private static Path manifest;

    @BeforeAll
    static void storeAndManifest() throws Exception {
        Path examples = Path.of(System.getProperty("tradescreen.examples"));
        data = dir.resolve("data");
        assertThat(Main.run("--data-dir", data.toString(), "screen", "Nobody At All")).isZero();
        assertThat(Main.run("--data-dir", data.toString(), "lists", "load", "--source", "internal-watch", "--format",
                "custom-csv", "--published", "2023-06-23", examples.resolve("internal-watch.csv").toString())).isZero();
        List<String> lines = new ArrayList<>();
        for (int copy = 0; copy < 20; copy++) {
            for (String file : List.of("consignments.jsonl", "consignments-holdout.jsonl")) {
                for (String line : Files.readAllLines(examples.resolve(file))) {
                    if (!line.isBlank()) {
                        ObjectNode c = (ObjectNode) JSON.readTree(line);
                        c.put("consignment_id", c.path("consignment_id").asText() + "-" + copy);
                        lines.add(c.toString());
                    }
                }
            }
            if (copy == 7) {
                lines.add("{\"consignment_id\": \"BROKEN\", \"parties\": \"not a list\"}");
                lines.add("");
            }
        }
        manifest = dir.resolve("manifest.jsonl");
        Files.write(manifest, lines);
    }

    @Test
    void manifestOnSpark_decidesAsTheCommandLine() throws Exception {
        Path cli = dir.resolve("cli.jsonl");
        Path job = dir.resolve("spark.jsonl");

        int cliExit = Main.run("--data-dir", data.toString(), "consignments", "screen", manifest.toString(), "-o",
                cli.toString(), "--as-of", "2024-06-01");
        int sparkExit = SparkMain.run("--data-dir", data.toString(), "spark", "consignments", "screen",
                manifest.toString(), "-o", job.toString(), "--as-of", "2024-06-01", "--master", "local[2]");

        assertThat(sparkExit).isEqualTo(cliExit).isEqualTo(2);
        List<String> expected = Files.readAllLines(cli);
        assertThat(expected).hasSize(81 * 20 + 1);
        assertThat(Files.readAllLines(job)).containsExactlyElementsOf(expected);
        assertThat(expected.stream().filter(l -> l.contains("\"decision\":\"HOLD\"")).count()).isGreaterThan(100);
        assertThat(Main.run("--data-dir", data.toString(), "audit", "verify")).isZero();
    }

    @Test
    void aCsvManifest_isRefusedWithTheReason() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = SparkMain.run("--data-dir", data.toString(), "spark", "consignments", "screen", "manifest.csv", "-o",
                    dir.resolve("x.jsonl").toString());
        } finally {
            System.setErr(stderr);
        }
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("a CSV manifest keeps each consignment's rows together");
    }
}
