package org.tradescreen.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradescreen.cli.Main;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.model.Entity;
import org.tradescreen.model.Name;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

/**
 * The Spark job, in local mode, against the command line's {@code screen-file} on the same store and input: UN and
 * SDN loaded, 21,000 names (listed names with typos, people on no list in many scripts, rows with type, country and
 * birth date, rows with errors). The outputs must be equal row for row.
 */
@NeedsSharedData
class SparkScreenFileTest {

    private static final int ROWS = 21_000;

    @TempDir
    static Path dir;
    private static Path data;
    private static Path parties;

    @BeforeAll
    static void loadListsAndWriteParties() throws Exception {
        data = dir.resolve("data");
        assertThat(Main.run("--data-dir", data.toString(), "lists", "load", "--source", "un-sc", "--format", "un-xml",
                "--published", "2026-02-27", shared("lists/un/UN_consolidated_2026-02-27.xml"))).isZero();
        assertThat(Main.run("--data-dir", data.toString(), "lists", "load", "--source", "us-ofac-sdn", "--format",
                "ofac-csv", "--published", "2024-05-03", shared("lists/ofac-sdn-series/sdn_2024-05-03.csv"))).isZero();
        parties = dir.resolve("parties.csv");
        writeParties(parties);
    }

    @Test
    void csv_21000Names_equalScreenFileRowForRow() throws Exception {
        Path cli = cliOutput();
        Path job = dir.resolve("spark.csv");

        assertThat(spark("screen-file", parties.toString(), "-o", job.toString(), "--master", "local[2]")).isZero();

        List<String> expected = Files.readAllLines(cli);
        assertThat(expected).hasSize(ROWS + 1);
        assertThat(Files.readAllLines(job)).containsExactlyElementsOf(expected);
        List<CSVRecord> rows = read(cli);
        assertThat(rows.stream().filter(r -> r.get("hit").equals("true")).count())
                .as("the listed names are found, so hits are compared").isGreaterThan(2_000);
        assertThat(rows.stream().filter(r -> !r.get("error").isEmpty()).count()).as("rows with errors keep their place")
                .isEqualTo(ROWS / 1000);
    }

    @Test
    void jsonLinesAndParquet_giveTheSameAnswers() throws Exception {
        Path jsonl = dir.resolve("parties.jsonl");
        List<CSVRecord> input = read(parties).subList(0, 3000);
        try (var w = Files.newBufferedWriter(jsonl)) {
            for (CSVRecord r : input) {
                w.write(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(r.toMap()) + "\n");
            }
        }
        Path cli = dir.resolve("cli-jsonl.csv");
        Path job = dir.resolve("spark-jsonl.csv");
        assertThat(Main.run("--data-dir", data.toString(), "screen-file", jsonl.toString(), "-o", cli.toString())).isZero();
        assertThat(spark("screen-file", jsonl.toString(), "-o", job.toString(), "--master", "local[2]")).isZero();
        assertThat(Files.readAllLines(job)).containsExactlyElementsOf(Files.readAllLines(cli));

        Path parquetIn = dir.resolve("parties.parquet");
        Path parquetOut = dir.resolve("results.parquet");
        try (SparkSession s = SparkSessions.start("local[2]", "test")) {
            s.read().option("header", "true").csv(parties.toString()).write().parquet(parquetIn.toString());
        }
        assertThat(spark("screen-file", parquetIn.toString(), "-o", parquetOut.toString(), "--master", "local[2]")).isZero();
        Map<String, String> expected = new HashMap<>();
        for (CSVRecord r : read(cliOutput())) {
            if (r.get("error").isEmpty()) {
                expected.put(r.get("id"), r.get("hit") + "|" + r.get("top_entity_id") + "|" + r.get("top_score"));
            }
        }
        try (SparkSession s = SparkSessions.start("local[2]", "test")) {
            List<Row> rows = s.read().parquet(parquetOut.toString()).collectAsList();
            assertThat(rows).hasSize(ROWS);
            int compared = 0;
            for (Row r : rows) {
                String id = r.getAs("id");
                if (r.getAs("error") == null) {
                    Double score = r.getAs("top_score");
                    assertThat(r.getAs("hit") + "|" + (r.getAs("top_entity_id") == null ? "" : r.getAs("top_entity_id"))
                            + "|" + (score == null ? "" : score.toString())).as(id).isEqualTo(expected.get(id));
                    compared++;
                }
            }
            assertThat(compared).isEqualTo(ROWS - ROWS / 1000);
        }
    }

    @Test
    void aFileWithoutANameColumn_orNoFileAtAll_isAnInputError() throws Exception {
        Path bad = dir.resolve("no-name.csv");
        Files.writeString(bad, "id,full_name\n1,Ali Baba\n");

        Run noName = capture("screen-file", bad.toString(), "-o", dir.resolve("x.csv").toString(), "--master", "local[1]");
        Run missing = capture("screen-file", dir.resolve("absent.csv").toString(), "-o", dir.resolve("y.csv").toString(),
                "--master", "local[1]");

        assertThat(noName.exit()).isEqualTo(2);
        assertThat(noName.err()).contains("no-name.csv:1: field name: the header has no 'name' column");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("absent.csv: no such file");
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }

    @Test
    void anEmptyStore_screensTheBundledSampleAsOfADate_raisesAlertsAndRecordsTheRun() throws Exception {
        Path fresh = dir.resolve("fresh");
        Path in = dir.resolve("institute.csv");
        Files.writeString(in, "id,name,country\nc-1,Institute of Forensic Science of China,CN\nc-2,Jane Q. Nobody,GB\n");
        Path out = dir.resolve("institute-out.csv");

        assertThat(SparkMain.run("--data-dir", fresh.toString(), "spark", "screen-file", in.toString(), "-o",
                out.toString(), "--master", "local[1]", "--as-of", "2021-01-01", "--source", "us-csl")).isZero();

        List<CSVRecord> rows = read(out);
        assertThat(rows).extracting(r -> r.get("hit")).containsExactly("true", "false");
        ByteArrayOutputStream alerts = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(alerts, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("--data-dir", fresh.toString(), "alerts", "--json")).isZero();
            assertThat(Main.run("--data-dir", fresh.toString(), "audit", "verify")).isZero();
        } finally {
            System.setOut(stdout);
        }
        assertThat(alerts.toString(StandardCharsets.UTF_8)).contains("\"counterparty_id\" : \"c-1\"").contains("\"origin\" : \"batch\"")
                .doesNotContain("c-2");
    }

    /** The command line's output for the 21,000 parties, made by the first test that asks. */
    private static synchronized Path cliOutput() {
        Path cli = dir.resolve("cli.csv");
        if (!Files.exists(cli)) {
            assertThat(Main.run("--data-dir", data.toString(), "screen-file", parties.toString(), "-o", cli.toString()))
                    .isZero();
        }
        return cli;
    }

    private static int spark(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString(), "spark"));
        all.addAll(List.of(args));
        return SparkMain.run(all.toArray(String[]::new));
    }

    private record Run(int exit, String err) {
    }

    private static Run capture(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Run(spark(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(stderr);
        }
    }

    /**
     * 21,000 parties: a listed name in every fifth row (with a letter dropped in every other one), people on no list
     * (the evaluation's negatives, many scripts), a type, country or birth date on some rows, and in every thousandth
     * row an error (no name, or a birth date that is none).
     */
    private static void writeParties(Path file) throws IOException {
        List<String> listed = new ArrayList<>();
        for (Entity e : ListFormats.byName("ofac-csv").parse(Path.of(shared("lists/ofac-sdn-series/sdn_2024-05-03.csv")),
                new ParseOptions("us-ofac-sdn", true)).entities()) {
            for (Name n : e.names()) {
                listed.add(n.value());
            }
        }
        List<String> unlisted = new ArrayList<>();
        for (String[] f : List.of(new String[] {"eval/screening/cgb_negatives_us.csv", "full_name"},
                new String[] {"eval/screening/vr_negatives_global.csv", "full_name"},
                new String[] {"eval/screening/vr_negatives_us.csv", "full_name"},
                new String[] {"eval/name-pairs/name_bench_dev.csv", "name2"})) {
            for (CSVRecord r : read(Path.of(shared(f[0])))) {
                unlisted.add(r.get(f[1]));
            }
        }
        try (CSVPrinter out = new CSVPrinter(Files.newBufferedWriter(file), CSVFormat.RFC4180.builder()
                .setRecordSeparator('\n').get())) {
            out.printRecord("id", "name", "type", "country", "dob");
            for (int i = 0; i < ROWS; i++) {
                String name;
                if (i % 1000 == 999) {
                    out.printRecord("p" + i, i % 2000 == 999 ? "" : "Ann Example", "", "", i % 2000 == 999 ? "" : "31/31/31");
                    continue;
                }
                if (i % 5 == 0) {
                    String n = listed.get((i * 7) % listed.size());
                    name = i % 10 == 0 && n.length() > 8 ? n.substring(0, 3) + n.substring(4) : n;
                } else {
                    name = unlisted.get((i * 13) % unlisted.size());
                }
                out.printRecord("p" + i, name, i % 7 == 0 ? "person" : "", i % 11 == 0 ? "RU" : "",
                        i % 13 == 0 ? "1970" : "");
            }
        }
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    private static String shared(String relative) {
        return SharedData.root().resolve(relative).toString();
    }
}
