package org.tradescreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.Requirement;
import org.tradescreen.testkit.SharedData;

/**
 * Issue 16: a full disk during a load fails that load cleanly. The real command line runs as separate processes
 * (as a user runs it) on a data directory that is a 1 MB tmpfs, mounted in a private mount namespace
 * ({@code unshare -m}, or {@code unshare -rm} when not root) so nothing shows in the host's mount table and the
 * filesystem goes away with the namespace. A small list is loaded, then one whose store cannot fit: the second
 * load must exit 3 with one line saying the disk is full, and afterwards the store opens and holds exactly the
 * first version, and screening against it works.
 *
 * <p>Where no filesystem can be mounted the test is skipped with one line saying why, unless
 * {@code TRADESCREEN_TESTS=all} (CI), where it fails.
 */
@NeedsSharedData
class FullDiskTest {

    /** 115 entries: about 300 KB of store. */
    static final Path GOOD = SharedData.lists("csl/csl_sample_watchman_2019-12-03.csv");
    /** 442 entries: about 2 MB of store, more than the disk holds. */
    static final Path BIG = SharedData.lists("ofac-cons-2025-12-19");

    @TempDir
    Path work;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void listsLoad_onAFullDisk_exits3WithOneLine_andTheStoreKeepsExactlyTheGoodVersion() throws Exception {
        Path disk = Files.createDirectories(work.resolve("disk"));
        Path out = Files.createDirectories(work.resolve("out"));
        String script = """
                set -u
                mount -t tmpfs -o size=1m tmpfs "$DISK" 2> "$OUT/mount.err" || exit 90
                run() {
                  name=$1; shift
                  "$JAVA" -Xmx512m -Djava.io.tmpdir="$SCRATCH" -cp "$CP" org.tradescreen.cli.Main \\
                    --data-dir "$DISK/data" "$@" > "$OUT/$name.out" 2> "$OUT/$name.err"
                  echo $? > "$OUT/$name.rc"
                }
                run good lists load "$GOOD" --format csl-csv --source us-csl
                run big lists load "$BIG"
                df -k "$DISK" > "$OUT/df"
                run lists lists --json
                run screen screen --json "183rd Guard Air Defense Missile Regiment"
                """;
        boolean root = "0".equals(new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes()).strip());
        ProcessBuilder pb = new ProcessBuilder(List.of("unshare", root ? "-m" : "-rm", "--propagation", "private",
                "sh", "-c", script));
        pb.environment().put("DISK", disk.toString());
        pb.environment().put("OUT", out.toString());
        pb.environment().put("SCRATCH", Files.createDirectories(work.resolve("scratch")).toString());
        pb.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        pb.environment().put("CP", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        pb.environment().put("GOOD", GOOD.toAbsolutePath().toString());
        pb.environment().put("BIG", BIG.toAbsolutePath().toString());
        pb.redirectErrorStream(true);
        int exit;
        String said;
        try {
            Process p = pb.start();
            said = new String(p.getInputStream().readAllBytes());
            exit = p.waitFor();
        } catch (IOException e) {
            exit = 90;
            said = e.getMessage();
        }
        if (exit != 0) {
            String why = (said + " " + read(out.resolve("mount.err"))).strip().replaceAll("\\s+", " ");
            String skip = "cannot mount a small filesystem here (unshare " + (root ? "-m" : "-rm")
                    + " + mount -t tmpfs: " + why + "); run as root or allow unprivileged user namespaces";
            if (Requirement.allRequired()) {
                Assertions.fail(skip);
            }
            Assumptions.abort(skip);
        }

        assertThat(rc(out, "good")).as(read(out.resolve("good.err"))).isZero();

        // The load that cannot fit: exit 3, one line that says why (the format's notes aside), nothing else.
        assertThat(read(out.resolve("df"))).as("the disk really was full").containsPattern("100%");
        assertThat(rc(out, "big")).as(read(out.resolve("big.err"))).isEqualTo(3);
        List<String> lines = read(out.resolve("big.err")).lines().filter(l -> !l.startsWith("tradescreen: note:")).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).isEqualTo("tradescreen: cannot store a new version of us-ofac-cons: the disk is full"
                + " (no space left on device); nothing of this write was kept");
        assertThat(read(out.resolve("big.out"))).as("no success is reported").isEmpty();

        // The store opens and holds exactly the good version, and screening against it works.
        assertThat(rc(out, "lists")).as(read(out.resolve("lists.err"))).isZero();
        JsonNode sources = new ObjectMapper().readTree(read(out.resolve("lists.out"))).path("sources");
        assertThat(sources).hasSize(1);
        assertThat(sources.get(0).path("source").asText()).isEqualTo("us-csl");
        assertThat(sources.get(0).path("versions")).hasSize(1);
        assertThat(sources.get(0).path("versions").get(0).path("entities").asInt()).isEqualTo(115);
        assertThat(rc(out, "screen")).as(read(out.resolve("screen.err"))).isEqualTo(ExitCodes.HIT);
        JsonNode screened = new ObjectMapper().readTree(read(out.resolve("screen.out")));
        assertThat(screened.path("hits").get(0).path("name").asText()).contains("183rd Guard Air Defense Missile Regiment");
    }

    private static int rc(Path out, String name) throws IOException {
        return Integer.parseInt(read(out.resolve(name + ".rc")).strip());
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
