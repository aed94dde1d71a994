package org.tradescreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradescreen.testkit.NeedsPostgres;
import org.tradescreen.testkit.Postgres;

/** {@code audit verify}, {@code audit export} and {@code audit verify-export} as a user and an examiner run them. */
class AuditCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private List<String> args(String db, String... rest) {
        List<String> all = new ArrayList<>();
        if (db != null) {
            all.add("--db");
            all.add(db);
        }
        all.addAll(List.of(rest));
        return all;
    }

    private CliRun run(String db, String... rest) {
        return CliRun.in(data, args(db, rest).toArray(String[]::new));
    }

    /** A batch screen and a consignment run, recorded; then the record of the batch is changed in the database. */
    private void screenThenTamper(String db, String jdbc) throws Exception {
        Path names = data.resolve("names.csv");
        Files.writeString(names, "id,name\n1,Institute of Forensic Science of China\n2,Jane Doe\n");
        assertThat(run(db, "screen-file", "--as-of", "2021-06-01", names.toString(), "-o",
                data.resolve("out.csv").toString()).exit()).isIn(0, 4);
        Path manifest = data.resolve("m.jsonl");
        Files.writeString(manifest, "{\"consignment_id\":\"C1\",\"as_of\":\"2021-06-01\",\"direction\":\"export\","
                + "\"parties\":[{\"role\":\"consignee\",\"name\":\"Institute of Forensic Science of China\"}],"
                + "\"lines\":[{\"description\":\"DNA test kits\",\"hs_code\":\"3822.19\"}]}\n");
        assertThat(run(db, "consignments", "screen", manifest.toString()).exit()).isEqualTo(1);

        CliRun intact = run(db, "audit", "verify", "--json");
        assertThat(intact.exit()).as(intact.out() + intact.err()).isZero();
        JsonNode v = intact.json();
        assertThat(v.path("intact").asBoolean()).isTrue();
        assertThat(v.path("records").asLong()).isEqualTo(2);
        assertThat(v.path("checkpoints").asLong()).isEqualTo(2);

        try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement()) {
            if (jdbc.startsWith("jdbc:postgresql:")) {
                s.execute("ALTER TABLE audit_record DISABLE TRIGGER audit_record_append_only");
            }
            assertThat(s.executeUpdate("UPDATE audit_record SET payload = REPLACE(payload, '\"hit_rows\":1',"
                    + " '\"hit_rows\":0') WHERE seq = 1")).isEqualTo(1);
        }

        CliRun broken = run(db, "audit", "verify");
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.out()).contains("first bad record 1").contains("record 1 was changed");
    }

    @Test
    void verify_passesOnAnIntactLog_andNamesTheRecordChangedInH2() throws Exception {
        CliRun empty = run(null, "audit", "verify");
        assertThat(empty.exit()).isZero();
        screenThenTamper(null, "jdbc:h2:file:" + data.resolve("store").toAbsolutePath());
    }

    @Test
    @NeedsPostgres
    void verify_namesTheRecordChangedInPostgres() throws Exception {
        String url = Postgres.freshSchema();
        screenThenTamper(url, url);
    }

    @Test
    void anExport_verifiesWithThePublicKeyAlone_andAChangedByteIsRefused() throws Exception {
        Path names = data.resolve("names.csv");
        Files.writeString(names, "id,name\n1,Institute of Forensic Science of China\n");
        for (int i = 0; i < 3; i++) {
            run(null, "screen-file", "--as-of", "2021-06-01", names.toString(), "-o", data.resolve("o.csv").toString());
        }
        CliRun key = run(null, "audit", "public-key");
        assertThat(key.exit()).isZero();
        Path keyFile = data.resolve("examiner-copy-of-key.txt");
        Files.writeString(keyFile, key.out().strip());
        Path export = data.resolve("export.jsonl");
        assertThat(run(null, "audit", "export", "--from", "2", "--to", "3", "-o", export.toString()).exit()).isZero();

        // The examiner's side: a fresh data directory with no database in it.
        Path examiner = Files.createDirectory(data.resolve("examiner"));
        CliRun ok = CliRun.in(examiner, "audit", "verify-export", export.toString(), "--public-key",
                keyFile.toString(), "--json");
        assertThat(ok.exit()).as(ok.out()).isZero();
        assertThat(ok.json().path("records").asLong()).isEqualTo(2);
        assertThat(ok.json().path("tree_size").asLong()).isEqualTo(3);
        assertThat(Files.exists(examiner.resolve("store.mv.db"))).as("verify-export touches no database").isFalse();

        byte[] bytes = Files.readAllBytes(export);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf("\"rows\\\":1");
        bytes[at + "\"rows\\\":".length()] = '2';
        Path changed = data.resolve("changed.jsonl");
        Files.write(changed, bytes);
        CliRun bad = CliRun.in(examiner, "audit", "verify-export", changed.toString(), "--public-key",
                keyFile.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).contains("NOT valid at line 2").contains("record 2 was changed");
    }

    @Test
    void export_ofNothing_isAUsageError() {
        CliRun r = run(null, "audit", "export", "--from", "5");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("the audit log is empty");
    }

    @Test
    void holdsAndPruning_fromTheCommandLine() throws Exception {
        Path names = data.resolve("names.csv");
        Files.writeString(names, "id,name\n1,Jane Doe\n");
        run(null, "screen-file", names.toString(), "-o", data.resolve("o.csv").toString());

        CliRun held = run(null, "audit", "hold", "--from", "2020-01-01", "--to", "2030-12-31", "--reason",
                "litigation hold 2026-17");
        assertThat(held.exit()).as(held.err()).isZero();
        assertThat(run(null, "audit", "prune", "--dry-run").out()).contains("due for pruning: 0 record(s)");
        assertThat(run(null, "audit", "release", held.out().strip()).exit()).isZero();
        assertThat(run(null, "audit", "release", held.out().strip()).exit()).as("released twice").isEqualTo(2);
        Files.writeString(data.resolve("tradescreen.properties"), "audit.retention.batch=ten years\n");
        CliRun bad = run(null, "audit", "prune");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("audit.retention.batch: not an ISO-8601 period");
        assertThat(run(null, "audit", "verify").exit()).isZero();
    }
}
