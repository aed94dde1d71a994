package org.tradescreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradescreen.testkit.NeedsPostgres;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.Postgres;
import org.tradescreen.testkit.SharedData;

/** The {@code lists} and {@code history} commands as a user runs them, on the bundled sample. */
class ListsCommandTest {

    private static final String INSTITUTE = "Ministry of Public Security's Institute of Forensic Science of China";

    @TempDir
    Path data;

    /** One source's entry in the {@code lists} document. */
    static JsonNode source(JsonNode lists, String id) {
        for (JsonNode s : lists.path("sources")) {
            if (s.path("source").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no source " + id + " in " + lists);
    }

    private CliRun run(String... args) {
        return CliRun.in(data, args);
    }

    @Test
    void lists_onAnEmptyDataDir_loadsTheSampleWithANoticeOnStderr() {
        CliRun r = run("lists", "--json");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("loading the bundled sample");
        JsonNode csl = source(r.json(), "us-csl");
        assertThat(source(r.json(), "eu-fsf").path("versions")).hasSize(1);
        assertThat(csl.path("source").asText()).isEqualTo("us-csl");
        assertThat(csl.path("versions")).hasSize(5);
        assertThat(csl.path("versions").get(1).path("published").asText()).isEqualTo("2020-06-05");
        assertThat(csl.path("versions").get(1).has("loaded_at")).isTrue();
    }

    @Test
    void history_byName_showsTheInstituteListedThenDelisted() {
        CliRun r = run("history", "--json", INSTITUTE);

        assertThat(r.exit()).isZero();
        JsonNode doc = r.json();
        assertThat(doc.path("entity").path("listed_on").asText()).isEqualTo("2020-06-05");
        assertThat(doc.path("events").get(0).path("event").asText()).isEqualTo("listed");
        assertThat(doc.path("events").get(0).path("date").asText()).isEqualTo("2020-06-05");
        assertThat(doc.path("events").get(1).path("event").asText()).isEqualTo("delisted");
        assertThat(doc.path("events").get(1).path("date").asText()).isEqualTo("2023-11-17");
        assertThat(doc.path("events").get(1).path("version").asInt()).isEqualTo(5);
    }

    @Test
    void history_byUnknownName_exits2WithAMessage() {
        CliRun r = run("history", "No Such Party Anywhere");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no listed name matches");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void diff_defaultsToTheLastTwoVersions_andShowsTheRemoval() {
        CliRun r = run("lists", "diff", "--source", "us-csl", "--json");

        assertThat(r.exit()).isZero();
        JsonNode d = r.json();
        assertThat(d.path("from").asInt()).isEqualTo(4);
        assertThat(d.path("to").asInt()).isEqualTo(5);
        assertThat(d.path("added")).isEmpty();
        assertThat(d.path("changed")).isEmpty();
        assertThat(d.path("removed")).hasSize(1);
        assertThat(d.path("removed").get(0).path("name").asText()).isEqualTo(INSTITUTE);
        assertThat(d.path("removed").get(0).has("source_id")).isTrue();
    }

    @Test
    void diff_byDates_resolvesEachDateAsOf() {
        CliRun r = run("lists", "diff", "--source", "us-csl", "--from", "2020-06-04", "--to", "2021-06-30", "--json");

        assertThat(r.exit()).isZero();
        assertThat(r.json().path("from").asInt()).isEqualTo(1);
        assertThat(r.json().path("to").asInt()).isEqualTo(3);
        assertThat(r.json().path("added")).hasSize(4);
    }

    @Test
    void load_ofADamagedFile_exits2NamingFileLineAndField() throws Exception {
        Path bad = data.resolve("bad.csv");
        Files.writeString(bad, "_id,source,name,alt_names\nx1,Entity List (EL),A,\nx2,Entity List (EL),,B\n");

        CliRun r = run("lists", "load", "--format", "csl-csv", bad.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.csv:3").contains("field name");
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @Test
    void load_ofAnEmptyDownload_isRefusedAndKeepsTheLastGoodVersion() throws Exception {
        run("lists");
        Path empty = data.resolve("consolidated_2024-01-01.csv");
        Files.writeString(empty, "");

        CliRun r = run("lists", "load", "--source", "us-csl", "--format", "csl-csv", empty.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("refused").contains("no entities");
        assertThat(source(run("lists", "--json").json(), "us-csl").path("versions")).hasSize(5);
    }

    @Test
    void load_printsTheContractDocument() throws Exception {
        Path file = data.resolve("list_2024-02-01.csv");
        Files.writeString(file, "_id,source,name,alt_names\nx1,Entity List (EL),Alpha Trading,\n");

        JsonNode doc = run("lists", "load", "--source", "mine", "--json", file.toString()).json();

        assertThat(doc.path("source").asText()).isEqualTo("mine");
        assertThat(doc.path("version").asInt()).isEqualTo(1);
        assertThat(doc.path("published").asText()).isEqualTo("2024-02-01");
        assertThat(doc.path("entities").asInt()).isEqualTo(1);
        assertThat(doc.path("added").asInt()).isEqualTo(1);
        assertThat(doc.path("removed").asInt()).isZero();
        assertThat(doc.path("changed").asInt()).isZero();
        assertThat(doc.path("new_version").asBoolean()).isTrue();
        assertThat(run("lists", "load", "--source", "mine", "--json", file.toString()).json()
                .path("new_version").asBoolean()).isFalse();
    }

    @Test
    void unknownOption_exits2() {
        CliRun r = run("lists", "load", "--no-such-option", "x");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--no-such-option");
    }

    @Test
    void export_writesTheRawFilesBackByteForByte() throws Exception {
        run("lists");
        Path out = data.resolve("replay");

        CliRun r = run("lists", "export", "--source", "us-csl", "--version", "2", out.toString());

        assertThat(r.exit()).isZero();
        try (var in = getClass().getResourceAsStream("/org/tradescreen/lists/sample/us-csl_2020-06-05.csv")) {
            assertThat(Files.readAllBytes(out.resolve("us-csl_2020-06-05.csv"))).isEqualTo(in.readAllBytes());
        }
    }

    @NeedsSharedData
    @Test
    void emptySdnCapture_isRefusedAndDelistsNobody() throws Exception {
        assertThat(run("lists", "load", SharedData.lists("ofac-sdn-series/sdn_2024-04-02.csv").toString())
                .exit()).isZero();
        Path broken = data.resolve("sdn_2024-05-03.csv");
        Files.write(broken, new byte[0]);

        CliRun r = run("lists", "load", broken.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("refused").contains("us-ofac-sdn");
        JsonNode versions = source(run("lists", "--json").json(), "us-ofac-sdn").path("versions");
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).path("entities").asInt()).isEqualTo(14560);
        assertThat(run("history", "--json", "--id", "us-ofac-sdn:36").json().path("events")).hasSize(1);
    }

    @Test
    void dbFromTheDataDirectoryConfigFile_isUsed() throws Exception {
        Path other = Files.createTempDirectory("ts-config-store");
        Files.writeString(data.resolve("tradescreen.properties"),
                "db = jdbc:h2:file:" + other.resolve("store").toString().replace('\\', '/') + "\n");

        assertThat(run("lists", "--json").exit()).isZero();

        assertThat(other.resolve("store.mv.db")).exists();
        assertThat(data.resolve("store.mv.db")).doesNotExist();
    }

    @Test
    @NeedsPostgres
    void postgresStore_givenWithDb_holdsTheSameStory() throws Exception {
        String url = Postgres.freshSchema();
        CliRun r = run("--db", url, "history", "--json", INSTITUTE);

        assertThat(r.exit()).isZero();
        assertThat(r.json().path("events")).hasSize(2);
        assertThat(source(run("--db", url, "lists", "--json").json(), "us-csl").path("versions")).hasSize(5);
    }
}
