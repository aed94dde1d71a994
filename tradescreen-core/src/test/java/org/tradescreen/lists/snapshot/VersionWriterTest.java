package org.tradescreen.lists.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradescreen.model.Entity;
import org.tradescreen.model.Name;
import org.tradescreen.testing.TestStores;
import org.tradescreen.testkit.NeedsPostgres;
import org.tradescreen.testkit.Postgres;

/** Chunked writing of a version, on H2 and on PostgreSQL: invisible until complete, removed when abandoned. */
class VersionWriterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    @TempDir
    Path dir;

    private static EncodedEntity entity(String id, String name) {
        return EncodedEntity.of(Entity.builder("test", id).name(Name.primary(name)).build());
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void incompleteVersion_isSeenByNoReader_untilComplete(String backend) throws Exception {
        SnapshotStore store = new SnapshotStore(TestStores.fresh(backend), CLOCK);
        try (VersionWriter w = store.begin("test", "csl-csv")) {
            w.append(List.of(entity("1", "Alpha Trading"), entity("2", "Beta")));

            assertThat(store.sources()).isEmpty();
            assertThat(store.versions("test")).isEmpty();
            assertThat(store.version("test", 1)).isEmpty();
            assertThat(store.asOf("test", LocalDate.of(2100, 1, 1))).isEmpty();
            assertThat(store.timeline("test", "1")).isEmpty();
            assertThat(store.findByName("Alpha Trading")).isEmpty();
            assertThat(store.findByName("alpha")).isEmpty();
            // A store opened meanwhile (a server, another command) leaves a live writer alone.
            new SnapshotStore(store.database(), CLOCK);

            SnapshotVersion v = w.complete(DAY, w.contentHash());
            assertThat(v.entityCount()).isEqualTo(2);
            assertThat(store.versions("test")).containsExactly(v);
            assertThat(store.findByName("Alpha Trading")).containsExactly(List.of("test", "1", "Alpha Trading"));
        }
        assertThat(store.versions("test")).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void closedWithoutComplete_removesWhatItWrote(String backend) throws Exception {
        SnapshotStore store = new SnapshotStore(TestStores.fresh(backend), CLOCK);
        try (VersionWriter w = store.begin("test", "csl-csv")) {
            w.append(List.of(entity("1", "Alpha"), entity("2", "Beta")));
            w.files(List.of(Files.writeString(dir.resolve("a.csv"), "1,Alpha\n2,Beta\n")));
        }
        assertThat(rows(store.database())).containsExactly(0, 0, 0);

        try (VersionWriter w = store.begin("test", "csl-csv")) {
            w.append(List.of(entity("1", "Alpha")));
            assertThat(w.complete(DAY, w.contentHash()).version()).as("the abandoned number is free again").isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void abandonedByADeadLoad_isRemovedWhenTheStoreIsNextOpened(String backend) throws Exception {
        Database db = TestStores.fresh(backend);
        SnapshotStore store = new SnapshotStore(db, CLOCK);
        deadLoad(db);
        assertThat(rows(db)).containsExactly(1, 1, 0);

        new SnapshotStore(db, CLOCK);

        assertThat(rows(db)).containsExactly(0, 0, 0);
        assertThat(store.versions("test")).isEmpty();
    }

    /** On PostgreSQL a load in another process holds an advisory lock on its snapshot; its rows are not removed. */
    @NeedsPostgres
    @Test
    void loadInAnotherProcess_isNotRemoved_whileItLives() throws Exception {
        Database db = Database.open(Postgres.freshSchema());
        long id = deadLoad(db);
        try (Connection other = db.connect(); PreparedStatement lock = other.prepareStatement(
                "SELECT pg_advisory_lock(?, ?)")) {
            lock.setInt(1, 0x74730001);
            lock.setInt(2, (int) id);
            lock.executeQuery().close();

            new SnapshotStore(db, CLOCK);
            assertThat(rows(db)).containsExactly(1, 1, 0);

            try (PreparedStatement unlock = other.prepareStatement("SELECT pg_advisory_unlock_all()")) {
                unlock.executeQuery().close();
            }
        }
        new SnapshotStore(db, CLOCK);
        assertThat(rows(db)).containsExactly(0, 0, 0);
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void repeatedSourceIds_acrossAndWithinChunks_areReturnedNotWritten(String backend) throws Exception {
        SnapshotStore store = new SnapshotStore(TestStores.fresh(backend), CLOCK);
        try (VersionWriter w = store.begin("test", "csl-csv")) {
            assertThat(w.append(List.of(entity("1", "Alpha"), entity("2", "Beta")))).isEmpty();
            EncodedEntity same = entity("1", "Alpha");
            EncodedEntity other = entity("2", "Bravo");
            EncodedEntity third = entity("3", "Gamma");
            EncodedEntity thirdAgain = entity("3", "Gamma Two");

            List<VersionWriter.Repeat> repeats = w.append(List.of(same, other, third, thirdAgain));

            assertThat(repeats).containsExactly(new VersionWriter.Repeat(same, same.recordHash(), "Alpha"),
                    new VersionWriter.Repeat(other, entity("2", "Beta").recordHash(), "Beta"),
                    new VersionWriter.Repeat(thirdAgain, third.recordHash(), "Gamma"));
            assertThat(w.count()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void contentHash_fromTheDatabase_isTheOneOfTheEntitiesInMemory(String backend) throws Exception {
        SnapshotStore store = new SnapshotStore(TestStores.fresh(backend), CLOCK);
        // Ids whose orders differ between collations and code units: case, digits, accents, a prefix, CJK, an emoji.
        List<EncodedEntity> entities = List.of(entity("b", "B"), entity("B", "B"), entity("a1", "A"),
                entity("a", "A"), entity("a-b", "A"), entity("é", "E"), entity("e", "E"), entity("10", "T"),
                entity("9", "N"), entity("公安部", "C"), entity("\uD83D\uDE00", "S"), entity("\uFB01", "F"));
        try (VersionWriter w = store.begin("test", "csl-csv")) {
            w.append(entities.subList(0, 5));
            w.append(entities.subList(5, entities.size()));
            List<EncodedEntity> reversed = new ArrayList<>(entities);
            Collections.reverse(reversed);
            assertThat(w.contentHash()).isEqualTo(ContentHash.of(entities)).isEqualTo(ContentHash.of(reversed));
        }
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void entityBatches_readTheVersionPageByPage_inSourceIdOrder_onlyThatVersion(String backend) throws Exception {
        SnapshotStore store = new SnapshotStore(TestStores.fresh(backend), CLOCK);
        List<String> ids = List.of("e", "a", "d", "b", "c", "f");
        long first;
        try (VersionWriter w = store.begin("test", "csl-csv")) {
            w.append(ids.stream().map(id -> entity(id, "Name " + id)).toList());
            first = w.complete(DAY, w.contentHash()).id();
        }
        try (VersionWriter w = store.begin("test", "csl-csv")) {
            w.append(List.of(entity("a", "Name a"), entity("z", "Name z")));
            w.complete(DAY.plusDays(1), w.contentHash());
        }
        for (int size : new int[] {1, 2, 4, 6, 100}) {
            List<List<String>> batches = new ArrayList<>();
            store.entityBatches(first, size, (entities, json) -> {
                assertThat(json).hasSameSizeAs(entities);
                batches.add(entities.stream().map(Entity::sourceId).toList());
            });
            assertThat(batches.stream().flatMap(List::stream)).as("page size %d", size)
                    .containsExactly("a", "b", "c", "d", "e", "f");
            assertThat(batches).allSatisfy(b -> assertThat(b).hasSizeBetween(1, size));
        }
    }

    /** What a load killed after its first chunk leaves: an incomplete snapshot with a row. */
    private static long deadLoad(Database db) throws Exception {
        EncodedEntity e = entity("1", "Alpha");
        try (Connection c = db.connect()) {
            c.createStatement().executeUpdate("INSERT INTO snapshot (source, version, published, format, content_hash,"
                    + " entity_count, loaded_at, complete) VALUES ('test', 1, DATE '2026-11-01', 'csl-csv', '"
                    + "0".repeat(64) + "', 0, TIMESTAMP WITH TIME ZONE '2026-11-29 12:00:00+00', FALSE)");
            long id;
            try (ResultSet rs = c.createStatement().executeQuery("SELECT id FROM snapshot")) {
                rs.next();
                id = rs.getLong(1);
            }
            SnapshotStore.insertEntities(c, id, List.of(e));
            return id;
        }
    }

    /** Rows of snapshot, snapshot_entity and snapshot_file. */
    private static List<Integer> rows(Database db) {
        return db.query("count", "SELECT (SELECT COUNT(*) FROM snapshot), (SELECT COUNT(*) FROM snapshot_entity),"
                + " (SELECT COUNT(*) FROM snapshot_file)", ps -> { }, rs -> List.of(rs.getInt(1), rs.getInt(2),
                rs.getInt(3))).get(0);
    }
}
