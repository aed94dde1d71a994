package org.tradescreen.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradescreen.cli.Main;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.model.Entity;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

/**
 * The Spark sweep over a stored base equals what monitoring worked out for it on import, pair for pair, and a pair
 * monitoring lost is reported.
 */
@NeedsSharedData
class SparkSweepTest {

    @TempDir
    static Path dir;
    private static Path data;

    /** SDN loaded, then 2,000 counterparties imported (and so screened): every tenth a listed name, some misspelt. */
    @BeforeAll
    static void importBase() throws Exception {
        data = dir.resolve("data");
        String sdn = SharedData.lists("ofac-sdn-series/sdn_2024-05-03.csv").toString();
        assertThat(Main.run("--data-dir", data.toString(), "lists", "load", "--source", "us-ofac-sdn", "--format",
                "ofac-csv", "--published", "2024-05-03", sdn)).isZero();
        List<String> listed = new ArrayList<>();
        for (Entity e : ListFormats.byName("ofac-csv").parse(Path.of(sdn), new ParseOptions("us-ofac-sdn", true)).entities()) {
            listed.add(e.primaryName());
        }
        Path base = dir.resolve("base.csv");
        try (CSVPrinter out = new CSVPrinter(Files.newBufferedWriter(base), CSVFormat.RFC4180)) {
            out.printRecord("id", "name", "type", "country", "dob", "identifier");
            for (int i = 0; i < 2000; i++) {
                String name = i % 10 == 0 ? listed.get(i * 7 % listed.size()) : "Customer " + Integer.toString(i * 7919, 36)
                        + " Holdings";
                if (i % 20 == 0 && name.length() > 8) {
                    name = name.substring(0, 4) + name.substring(5);
                }
                out.printRecord("cp-" + i, name, "", "", "", "");
            }
        }
        assertThat(Main.run("--data-dir", data.toString(), "counterparties", "import", base.toString())).isZero();
    }

    @Test
    void sweepOnSpark_findsExactlyWhatMonitoringKeeps_andReportsAPairItLost() throws Exception {
        Path out = dir.resolve("matches.parquet");

        assertThat(SparkMain.run("--data-dir", data.toString(), "spark", "sweep", "-o", out.toString(), "--master",
                "local[2]")).isZero();

        Set<String> kept = kept();
        assertThat(kept).as("listed names among the base are matched").hasSizeGreaterThan(150);
        try (SparkSession s = SparkSessions.start("local[2]", "test")) {
            Set<String> swept = new HashSet<>();
            for (Row r : s.read().parquet(out.toString()).collectAsList()) {
                swept.add(r.getAs("counterparty_id") + "|" + r.getAs("entity_id"));
                assertThat((Double) r.getAs("score")).isGreaterThanOrEqualTo(0.75);
                assertThat((String) r.getAs("list_version")).isEqualTo("us-ofac-sdn:1");
            }
            assertThat(swept).isEqualTo(kept);
        }

        String lost = kept.iterator().next();
        Database db = Database.open(Database.embeddedUrl(data));
        try {
            db.transaction("test", c -> {
                try (var ps = c.prepareStatement("DELETE FROM monitor_match WHERE counterparty_id = ? AND entity_id = ?")) {
                    ps.setString(1, lost.substring(0, lost.indexOf('|')));
                    ps.setString(2, lost.substring(lost.indexOf('|') + 1));
                    return ps.executeUpdate();
                }
            });
        } finally {
            db.close();
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = SparkMain.run("--data-dir", data.toString(), "spark", "sweep", "-o", out.toString(), "--master",
                    "local[2]");
        } finally {
            System.setErr(stderr);
        }
        assertThat(exit).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 matches found that monitoring does not keep, 0 kept");
    }

    private static Set<String> kept() throws IOException {
        Database db = Database.open(Database.embeddedUrl(data));
        try {
            return new HashSet<>(db.query("test", "SELECT counterparty_id, entity_id FROM monitor_match", ps -> { },
                    rs -> rs.getString(1) + "|" + rs.getString(2)));
        } finally {
            db.close();
        }
    }
}
