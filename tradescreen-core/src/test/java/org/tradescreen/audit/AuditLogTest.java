package org.tradescreen.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.testing.TestStores;

/** The audit log on both real databases, attacked the ways an insider with database access would. */
class AuditLogTest {

    @TempDir
    Path dataDir;

    private AuditLog log(Database db) {
        return new AuditLog(db, InstanceKey.of(dataDir), Clock.systemUTC());
    }

    private static void write(AuditLog log, int records) {
        for (int i = 1; i <= records; i++) {
            log.append("screen", "analyst" + (i % 3), JsonNodeFactory.instance.objectNode()
                    .put("query", "name " + i).put("hits", i % 4));
            if (i % 5 == 0) {
                log.checkpoint();
            }
        }
    }

    /** What an insider runs, past the PostgreSQL trigger that would refuse it. */
    private static void tamper(Database db, String backend, String sql, Object... args) throws SQLException {
        try (Connection c = db.connect()) {
            if (backend.equals("postgres")) {
                try (Statement s = c.createStatement()) {
                    s.execute("ALTER TABLE audit_record DISABLE TRIGGER audit_record_append_only");
                }
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                assertThat(ps.executeUpdate()).isPositive();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void anIntactLog_verifies_andEachCheckpointIsSigned(String backend) throws Exception {
        try (Database db = TestStores.fresh(backend)) {
            AuditLog log = log(db);
            write(log, 12);
            log.checkpoint();

            Verification v = log.verify();

            assertThat(v.intact()).as(v.problem()).isTrue();
            assertThat(v.records()).isEqualTo(12);
            assertThat(v.checkpoints()).isEqualTo(3);
            assertThat(log.latestCheckpoint().orElseThrow().signedBy(log.key().publicKeyBase64())).isTrue();
            assertThat(log.records(1, 12)).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L,
                    8L, 9L, 10L, 11L, 12L);
        }
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void aRecordChangedInTheDatabase_isNamed(String backend) throws Exception {
        try (Database db = TestStores.fresh(backend)) {
            AuditLog log = log(db);
            write(log, 12);
            tamper(db, backend, "UPDATE audit_record SET payload = ? WHERE seq = 7", "{\"query\":\"someone else\"}");

            Verification v = log.verify();

            assertThat(v.intact()).isFalse();
            assertThat(v.firstBad()).isEqualTo(7);
            assertThat(v.problem()).contains("record 7 was changed");
        }
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void aRecordDeleted_inTheMiddleOrAtTheEnd_isNamed(String backend) throws Exception {
        try (Database db = TestStores.fresh(backend)) {
            AuditLog log = log(db);
            write(log, 12);
            tamper(db, backend, "DELETE FROM audit_record WHERE seq = 4");
            assertThat(log.verify().firstBad()).isEqualTo(4);
        }
        try (Database db = TestStores.fresh(backend)) {
            AuditLog log = log(db);
            write(log, 12);
            tamper(db, backend, "DELETE FROM audit_record WHERE seq = 12");
            Verification v = log.verify();
            assertThat(v.firstBad()).isEqualTo(12);
            assertThat(v.problem()).contains("record 12 is missing");
        }
    }

    /** The insider re-hashes the chain from record 8 on and moves the head: only the signed checkpoints catch it. */
    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void aChainRewrittenAndReHashed_isCaughtByTheSignedCheckpoints(String backend) throws Exception {
        try (Database db = TestStores.fresh(backend)) {
            AuditLog log = log(db);
            write(log, 12);
            log.checkpoint();
            List<AuditRecord> records = log.records(1, 12);
            String prev = records.get(6).hash();
            for (AuditRecord r : records.subList(7, 12)) {
                String payload = r.seq() == 8 ? "{\"query\":\"rewritten\"}" : r.payload();
                String sha = AuditFacts.sha256(payload);
                String hash = AuditRecord.hashOf(r.seq(), r.kind(), r.at(), r.actor(), prev, sha);
                tamper(db, backend, "UPDATE audit_record SET payload = ?, payload_sha256 = ?, prev_hash = ?,"
                        + " record_hash = ? WHERE seq = ?", payload, sha, prev, hash, r.seq());
                prev = hash;
            }
            tamper(db, backend, "UPDATE audit_head SET record_hash = ? WHERE id = 1", prev);

            Verification v = log.verify();

            assertThat(v.intact()).isFalse();
            // checkpoints at 5 and 10: records 6 to 10 no longer have the root signed over 10
            assertThat(v.firstBad()).isEqualTo(6);
            assertThat(v.problem()).contains("records 6 to 10 no longer have the Merkle root");
        }
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void concurrentWriters_makeOneUnbrokenChain(String backend) throws Exception {
        try (Database db = TestStores.fresh(backend)) {
            AuditLog log = log(db);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> writers = new java.util.ArrayList<>();
            for (int w = 0; w < 4; w++) {
                writers.add(pool.submit(() -> write(log, 25)));
            }
            for (Future<?> f : writers) {
                f.get();
            }
            pool.shutdown();
            log.checkpoint();

            Verification v = log.verify();

            assertThat(v.intact()).as(v.problem()).isTrue();
            assertThat(v.records()).isEqualTo(100);
        }
    }

    @org.junit.jupiter.api.Test
    void onPostgres_theTableRefusesUpdateAndDelete() throws Exception {
        try (Database db = TestStores.fresh("postgres")) {
            AuditLog log = log(db);
            write(log, 3);
            log.checkpoint();
            for (String sql : List.of("UPDATE audit_record SET actor = 'nobody' WHERE seq = 2",
                    "DELETE FROM audit_record WHERE seq = 3", "DELETE FROM audit_checkpoint")) {
                try (Connection c = db.connect(); Statement s = c.createStatement()) {
                    assertThatThrownBy(() -> s.executeUpdate(sql)).as(sql).isInstanceOf(SQLException.class)
                            .hasMessageContaining("the audit log is append-only");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void anExport_verifiesOnItsOwn_andOneChangedByteIsRefused(String backend) throws Exception {
        try (Database db = TestStores.fresh(backend)) {
            AuditLog log = log(db);
            write(log, 9);
            StringWriter out = new StringWriter();
            assertThat(AuditExport.write(log, 3, 7, out)).isEqualTo(5);
            String export = out.toString();
            String key = log.key().publicKeyBase64();

            AuditExportVerifier.Result ok = AuditExportVerifier.verify(reader(export), key);
            assertThat(ok.valid()).as(ok.problem()).isTrue();
            assertThat(ok.records()).isEqualTo(5);
            assertThat(ok.treeSize()).isEqualTo(9);

            String changed = export.replace("name 5", "name 6");
            assertThat(changed).isNotEqualTo(export);
            AuditExportVerifier.Result bad = AuditExportVerifier.verify(reader(changed), key);
            assertThat(bad.valid()).isFalse();
            assertThat(bad.problem()).contains("record 5 was changed");

            String otherKey = InstanceKey.of(java.nio.file.Files.createTempDirectory("other")).publicKeyBase64();
            assertThat(AuditExportVerifier.verify(reader(export), otherKey).problem())
                    .contains("signature does not verify");
            String dropped = export.lines().filter(l -> !l.contains("\"seq\":5")).reduce("", (a, b) -> a + b + "\n");
            assertThat(AuditExportVerifier.verify(reader(dropped), key).problem()).contains("record 5 is missing");
        }
    }

    /** Records past their kind's retention lose their payload, not their place; a legal hold keeps them whole. */
    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void retentionPrunesPayloads_holdsKeepThem_andTheLogStillVerifies(String backend) throws Exception {
        try (Database db = TestStores.fresh(backend)) {
            Instant longAgo = Instant.parse("2014-03-01T10:00:00Z");
            AuditLog past = new AuditLog(db, InstanceKey.of(dataDir), Clock.fixed(longAgo, java.time.ZoneOffset.UTC));
            write(past, 6);
            past.append("batch", "cli:root", JsonNodeFactory.instance.objectNode().put("rows", 3));
            AuditLog log = log(db);
            write(log, 2);
            long hold = log.hold("screen", Instant.parse("2014-03-01T00:00:00Z"), Instant.parse("2014-03-01T23:59:59Z"),
                    "subpoena 14-cv-0042", "supervisor");
            Retention fiveYears = Retention.of(props("audit.retention.default", "P5Y"));

            assertThat(log.prune(fiveYears, false, "cli:root")).as("screens held, the batch due").containsExactly(7L);
            log.release(hold, "supervisor");
            List<Long> pruned = log.prune(fiveYears, false, "cli:root");
            log.checkpoint();

            assertThat(pruned).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
            assertThat(log.records(1, 7)).allMatch(AuditRecord::pruned);
            assertThat(log.records(8, 9)).noneMatch(AuditRecord::pruned);
            Verification v = log.verify();
            assertThat(v.intact()).as(v.problem()).isTrue();
            assertThat(v.pruned()).isEqualTo(7);
            StringWriter out = new StringWriter();
            AuditExport.write(log, 1, 9, out);
            assertThat(AuditExportVerifier.verify(reader(out.toString()), log.key().publicKeyBase64()).valid()).isTrue();
            // a pruned record's payload hash still binds it: changing it breaks the record
            tamper(db, backend, "UPDATE audit_record SET payload_sha256 = ? WHERE seq = 3", "0".repeat(64));
            assertThat(log.verify().firstBad()).isEqualTo(3);
        }
    }

    @org.junit.jupiter.api.Test
    void onPostgres_pruningIsTheOnlyChangeTheTriggerLetsThrough() throws Exception {
        try (Database db = TestStores.fresh("postgres")) {
            AuditLog past = new AuditLog(db, InstanceKey.of(dataDir),
                    Clock.fixed(Instant.parse("2010-01-01T00:00:00Z"), java.time.ZoneOffset.UTC));
            write(past, 2);
            AuditLog log = log(db);
            assertThat(log.prune(Retention.DEFAULT, false, "cli:root")).containsExactly(1L, 2L);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_record SET payload = 'x' WHERE seq = 3"))
                        .hasMessageContaining("append-only");
                assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_record SET pruned_at = NULL WHERE seq = 1"))
                        .hasMessageContaining("append-only");
            }
            assertThat(log.verify().intact()).isTrue();
        }
    }

    private static java.util.Properties props(String key, String value) {
        java.util.Properties p = new java.util.Properties();
        p.setProperty(key, value);
        return p;
    }

    private static BufferedReader reader(String text) {
        return new BufferedReader(new StringReader(text));
    }
}
