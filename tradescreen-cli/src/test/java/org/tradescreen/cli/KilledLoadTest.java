package org.tradescreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;
import org.tradescreen.lists.snapshot.Database;

/**
 * Crash safety: {@code lists load} killed with SIGKILL while it writes leaves the store whole. The real command
 * line runs as a separate process on a store holding a good version; it is killed as soon as the store file
 * has grown by 64 KB (the load is writing its rows), and at fixed times. Each time the store must open, hold the good version
 * unchanged, hold the killed load's version entirely or not at all (every version's entity count is the count of
 * its rows, its raw files are there), screen, and take the same load again.
 */
@NeedsSharedData
class KilledLoadTest {

    static final Path GOOD = SharedData.lists("csl/csl_sample_watchman_2019-12-03.csv");
    /** 442 entries, about 1.6 MB of store written in one transaction. */
    static final Path BIG = SharedData.lists("ofac-cons-2025-12-19");

    @TempDir
    Path work;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void listsLoad_killedWhileWriting_leavesTheStoreWhole() throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (long killAfterMs : new long[] {-1, 1_500, 3_000}) {
            Path data = work.resolve("data" + outcomes.size());
            assertThat(CliRun.in(data, "lists", "load", GOOD.toString(), "--format", "csl-csv").exit()).isZero();
            Path file = data.resolve("store.mv.db");
            long before = Files.size(file);

            Process load = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                    "org.tradescreen.cli.Main", "--data-dir", data.toString(), "lists", "load", BIG.toString())
                    .redirectErrorStream(true).redirectOutput(work.resolve("load" + outcomes.size() + ".log").toFile())
                    .start();
            long started = System.nanoTime();
            // -1: kill once the store file has grown by 64 KB (opening it adds a few KB; the load's rows are more);
            // else after a fixed time
            while (load.isAlive() && (killAfterMs < 0 ? Files.size(file) <= before + 64 * 1024
                    : System.nanoTime() - started < TimeUnit.MILLISECONDS.toNanos(killAfterMs))) {
                Thread.sleep(5);
            }
            boolean killed = load.isAlive();
            long at = (System.nanoTime() - started) / 1_000_000;
            long grown = Files.size(file) - before;
            load.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            Whole whole = check(data);
            outcomes.add((killAfterMs < 0 ? "when writing" : "at " + killAfterMs + " ms") + ": "
                    + (killed ? "killed after " + at + " ms, store file +" + grown + " bytes" : "had finished") + ", version " + (whole.stored ? "stored whole" : "absent"));
            CliRun again = CliRun.in(data, "lists", "load", BIG.toString());
            assertThat(again.exit()).as("the same load runs again: " + again.err()).isZero();
            assertThat(again.out()).contains(whole.stored ? "identical to version 1" : "442 entities (442 added");
        }
        System.out.println("KilledLoadTest: " + outcomes);
        assertThat(outcomes.get(0)).as("the first kill landed while the load was writing").contains("killed");
    }

    record Whole(boolean stored) {
    }

    /** The store opens, the good version is as it was, the killed load's version is all there or not at all. */
    private static Whole check(Path data) throws Exception {
        CliRun lists = CliRun.in(data, "lists", "--json");
        assertThat(lists.exit()).as(lists.err()).isZero();
        boolean stored = false;
        for (JsonNode source : lists.json().path("sources")) {
            assertThat(source.path("versions")).hasSize(1);
            int entities = source.path("versions").get(0).path("entities").asInt();
            switch (source.path("source").asText()) {
                case "us-csl" -> assertThat(entities).isEqualTo(115);
                case "us-ofac-cons" -> {
                    assertThat(entities).isEqualTo(442);
                    stored = true;
                }
                default -> throw new AssertionError("unexpected source " + source);
            }
        }
        try (Database db = Database.open(Database.embeddedUrl(data)); Connection c = db.connect();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT s.source, s.entity_count,"
                     + " (SELECT COUNT(*) FROM snapshot_entity e WHERE e.snapshot_id = s.id),"
                     + " (SELECT COUNT(*) FROM snapshot_file f JOIN raw_file r ON r.sha256 = f.sha256"
                     + "  WHERE f.snapshot_id = s.id) FROM snapshot s")) {
            while (rs.next()) {
                assertThat(rs.getInt(3)).as(rs.getString(1) + ": rows of the version").isEqualTo(rs.getInt(2));
                assertThat(rs.getInt(4)).as(rs.getString(1) + ": its raw files").isPositive();
            }
        }
        CliRun screen = CliRun.in(data, "screen", "183rd Guard Air Defense Missile Regiment");
        assertThat(screen.exit()).as(screen.err()).isEqualTo(ExitCodes.HIT);
        return new Whole(stored);
    }
}
