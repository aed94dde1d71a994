package org.tradescreen.lists.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradescreen.model.Entity;
import org.tradescreen.model.Name;
import org.tradescreen.testkit.Postgres;

/**
 * Migration 8 numbers the records of a store written before it: every version keeps its entities, versions still
 * share unchanged records, and the next load numbers its records after the migrated ones. On H2 and PostgreSQL.
 */
class RecordNumbersMigrationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);

    private static EncodedEntity entity(String id, String name) {
        return EncodedEntity.of(Entity.builder("test", id).name(Name.primary(name)).build());
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void aStoreOfVersion7_keepsItsVersionsAndSharedRecords_andLoadsAfterwards(String backend) throws Exception {
        String url = backend.equals("h2")
                ? Database.embeddedUrl(Files.createTempDirectory("tradescreen-h2")) : Postgres.freshSchema();
        Flyway.configure().dataSource(url, null, null).target("7")
                .locations(backend.equals("h2") ? new String[] {"classpath:db/migration"}
                        : new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"})
                .load().migrate();
        EncodedEntity alpha = entity("1", "Alpha Trading");
        EncodedEntity beta = entity("2", "Beta Shipping");
        EncodedEntity betaRenamed = entity("2", "Beta Shipping Limited");
        try (Connection c = DriverManager.getConnection(url)) {
            for (long v = 1; v <= 2; v++) {
                execute(c, "INSERT INTO snapshot (source, version, published, format, content_hash, entity_count,"
                        + " loaded_at) VALUES ('test', ?, DATE '2026-11-0" + v + "', 'csl-csv', '" + "0".repeat(64)
                        + "', 2, TIMESTAMP WITH TIME ZONE '2026-11-01 00:00:00+00')", v); // ids 1 and 2
            }
            for (EncodedEntity e : List.of(alpha, beta, betaRenamed)) {
                execute(c, "INSERT INTO entity_record (record_hash, data) VALUES (?, ?)", e.recordHash(), e.json());
            }
            // version 1 holds alpha and beta; version 2 the same alpha record and beta renamed
            for (Object[] row : new Object[][] {{1L, alpha}, {1L, beta}, {2L, alpha}, {2L, betaRenamed}}) {
                EncodedEntity e = (EncodedEntity) row[1];
                execute(c, "INSERT INTO snapshot_entity (snapshot_id, source_id, record_hash, name) VALUES (?, ?, ?, ?)",
                        row[0], e.entity().sourceId(), e.recordHash(), e.entity().primaryName());
            }
        }

        SnapshotStore store = new SnapshotStore(Database.open(url), CLOCK);
        assertThat(store.entities(1).stream().map(Entity::primaryName)).containsExactly("Alpha Trading", "Beta Shipping");
        assertThat(store.entities(2).stream().map(Entity::primaryName))
                .containsExactly("Alpha Trading", "Beta Shipping Limited");
        assertThat(store.changed(1, 2)).hasSize(1);
        assertThat(records(store)).isEqualTo(3);

        try (VersionWriter w = store.begin("test", "csl-csv")) {
            w.append(List.of(alpha, entity("3", "Gamma Metals")));
            w.complete(LocalDate.of(2026, 11, 3), w.contentHash());
        }
        assertThat(records(store)).as("alpha's record is shared, gamma's is new").isEqualTo(4);
        long third = store.versions("test").get(2).id();
        assertThat(store.entities(third).stream().map(Entity::primaryName)).containsExactly("Alpha Trading", "Gamma Metals");
        assertThat(store.members(third).get("1").recordHash()).isEqualTo(alpha.recordHash());
    }

    private static int records(SnapshotStore store) {
        return store.database().query("count", "SELECT COUNT(*) FROM entity_record", ps -> { }, rs -> rs.getInt(1)).get(0);
    }

    private static void execute(Connection c, String sql, Object... values) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }
}
