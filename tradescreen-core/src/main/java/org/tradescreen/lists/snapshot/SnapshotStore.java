package org.tradescreen.lists.snapshot;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.tradescreen.model.Entity;

/**
 * Versions of every source, with their entities and raw files, in a relational database through plain
 * JDBC. A version is written by a {@link VersionWriter}, in chunks under a row marked incomplete that
 * readers of versions skip: a reader sees all of a version or none of it. Entity records are
 * shared between versions by content hash, so a version that changes 40 of 15,000 entries stores 40
 * new records and 15,000 small reference rows.
 *
 * <p>A version's rows are read "ORDER BY snapshot_id, source_id", the primary key's order, though the version is
 * fixed: ordered by source_id alone, H2 reads them through the index of the snapshot_id foreign key and sorts the
 * whole version (3 million rows: 44 s instead of 12 s).
 */
public final class SnapshotStore {

    private static final int IN_CHUNK = 500;
    private static final int BATCH = 1000;

    private final Database db;
    private final Clock clock;

    public SnapshotStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        removeUnfinished();
    }

    public Database database() {
        return db;
    }

    /** Sources that have at least one version, in name order. */
    public List<String> sources() {
        return query("SELECT DISTINCT source FROM snapshot WHERE complete ORDER BY source", ps -> { }, rs -> rs.getString(1));
    }

    /** A source's versions ordered as history reads them: by published date, then by load order. */
    public List<SnapshotVersion> versions(String source) {
        return query("SELECT * FROM snapshot WHERE source = ? AND complete ORDER BY published, version",
                ps -> ps.setString(1, source), SnapshotStore::version);
    }

    public Optional<SnapshotVersion> version(String source, int version) {
        return query("SELECT * FROM snapshot WHERE source = ? AND version = ? AND complete",
                ps -> { ps.setString(1, source); ps.setInt(2, version); }, SnapshotStore::version)
                .stream().findFirst();
    }

    /** The newest version published on or before {@code date}. */
    public Optional<SnapshotVersion> asOf(String source, LocalDate date) {
        return query("SELECT * FROM snapshot WHERE source = ? AND published <= ? AND complete"
                        + " ORDER BY published DESC, version DESC",
                ps -> { ps.setString(1, source); ps.setDate(2, Date.valueOf(date)); }, SnapshotStore::version)
                .stream().findFirst();
    }

    /** The entities of a version, by source id, as references to their records. */
    public Map<String, StoredEntity> members(long snapshotId) {
        Map<String, StoredEntity> out = new LinkedHashMap<>();
        query("SELECT source_id, record_hash, name FROM snapshot_entity WHERE snapshot_id = ?"
                        + " ORDER BY snapshot_id, source_id",
                ps -> ps.setLong(1, snapshotId),
                rs -> new StoredEntity(rs.getString(1), rs.getString(2).strip(), rs.getString(3)))
                .forEach(e -> out.put(e.sourceId(), e));
        return out;
    }

    /** A version's rows joined to their records. */
    private static final String VERSION_RECORDS = " FROM snapshot_entity se JOIN entity_record r ON r.id = se.record_id"
            + " WHERE se.snapshot_id = ?";

    /** Every entity of a version, read in full; the JSON is decoded on all cores. */
    public List<Entity> entities(long snapshotId) {
        List<String> json = query("SELECT r.data" + VERSION_RECORDS + " ORDER BY se.snapshot_id, se.source_id",
                ps -> ps.setLong(1, snapshotId), rs -> rs.getString(1));
        return json.parallelStream().map(EntityCodec::fromJson).toList();
    }

    /** Takes a batch of a version's entities with the JSON they were decoded from. */
    @FunctionalInterface
    public interface Batch {
        void accept(List<Entity> entities, List<String> json);
    }

    /**
     * Every entity of a version, in the order of {@link #entities}, handed over {@code size} at a time, so that a
     * version of millions is read without holding it. The rows are read a page at a time on a thread of their own
     * while the caller's thread decodes (on all cores) and takes the batch before: reading the rows and working on
     * them overlap. At most two batches wait.
     */
    public void entityBatches(long snapshotId, int size, Batch batch) {
        java.util.concurrent.BlockingQueue<List<String>> read = new java.util.concurrent.ArrayBlockingQueue<>(2);
        List<String> end = List.of();
        java.util.concurrent.atomic.AtomicReference<RuntimeException> failed = new java.util.concurrent.atomic.AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                readJson(snapshotId, size, json -> put(read, json));
            } catch (RuntimeException e) {
                failed.set(e);
            } finally {
                put(read, end);
            }
        }, "tradescreen-store-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            for (List<String> json = read.take(); json != end; json = read.take()) {
                batch.accept(json.parallelStream().map(EntityCodec::fromJson).toList(), json);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while reading the entities of version " + snapshotId, e);
        } finally {
            reader.interrupt();
        }
        if (failed.get() != null) {
            throw failed.get();
        }
    }

    private static void put(java.util.concurrent.BlockingQueue<List<String>> queue, List<String> json) {
        try {
            queue.put(json);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("stopped reading entities", e);
        }
    }

    /**
     * The version's rows a page at a time, each page its own short query that starts after the last source id of the
     * one before. One cursor held open over millions of rows is what H2 cannot keep: while it is read, H2's
     * background compaction may free the chunks the cursor's view of the tables still refers to ("Chunk not found").
     */
    private void readJson(long snapshotId, int size, java.util.function.Consumer<List<String>> batch) {
        String first = "SELECT se.source_id, r.data" + VERSION_RECORDS;
        String order = " ORDER BY se.snapshot_id, se.source_id LIMIT " + size;
        try (Connection c = db.connect();
             PreparedStatement start = c.prepareStatement(first + order);
             PreparedStatement next = c.prepareStatement(first + " AND se.source_id > ?" + order)) {
            String after = null;
            while (true) {
                PreparedStatement page = after == null ? start : next;
                page.setLong(1, snapshotId);
                if (after != null) {
                    page.setString(2, after);
                }
                List<String> json = new ArrayList<>(size);
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getString(1);
                        json.add(rs.getString(2));
                    }
                }
                if (!json.isEmpty()) {
                    batch.accept(json);
                }
                if (json.size() < size) {
                    return;
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the entities of version " + snapshotId + ": " + Database.reason(e), e);
        }
    }

    /** Entity records by hash. */
    public Map<String, Entity> records(Collection<String> hashes) {
        Map<String, Entity> out = new HashMap<>();
        List<String> all = new ArrayList<>(new HashSet<>(hashes));
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + IN_CHUNK));
            query("SELECT record_hash, data FROM entity_record WHERE record_hash IN (" + placeholders(chunk.size()) + ")",
                    ps -> bind(ps, chunk), rs -> Map.entry(rs.getString(1).strip(), EntityCodec.fromJson(rs.getString(2))))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    /** Every version of the source, with the entity's record in it (or null where it is absent). */
    public List<TimelinePoint> timeline(String source, String sourceId) {
        return query("SELECT s.*, se.record_hash FROM snapshot s LEFT JOIN snapshot_entity se"
                        + " ON se.snapshot_id = s.id AND se.source_id = ? WHERE s.source = ? AND s.complete"
                        + " ORDER BY s.published, s.version",
                ps -> { ps.setString(1, sourceId); ps.setString(2, source); },
                rs -> {
                    String hash = rs.getString("record_hash");
                    return new TimelinePoint(version(rs), hash == null ? null : hash.strip());
                });
    }

    /**
     * Entities, in any version of any source, whose listed name is {@code name} ignoring case; when there
     * is none, those whose name contains it. Each as (source, source id, name).
     */
    public List<List<String>> findByName(String name) {
        String sql = "SELECT DISTINCT s.source, se.source_id, se.name FROM snapshot_entity se"
                + " JOIN snapshot s ON s.id = se.snapshot_id WHERE s.complete AND LOWER(se.name) %s ORDER BY 1, 2, 3";
        List<List<String>> exact = query(String.format(sql, "= LOWER(?)"), ps -> ps.setString(1, name),
                rs -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)));
        if (!exact.isEmpty()) {
            return exact;
        }
        return query(String.format(sql, "LIKE LOWER(?)"), ps -> ps.setString(1, "%" + name + "%"),
                rs -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    /** The raw files of a version, by file name. */
    public Map<String, byte[]> rawFiles(long snapshotId) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        query("SELECT f.file_name, r.gzip_content FROM snapshot_file f JOIN raw_file r ON r.sha256 = f.sha256"
                        + " WHERE f.snapshot_id = ? ORDER BY f.file_name",
                ps -> ps.setLong(1, snapshotId), rs -> Map.entry(rs.getString(1), gunzip(rs.getBytes(2))))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Moves a version's published date, when the same content is found to have been published earlier. */
    public void movePublished(long snapshotId, LocalDate published) {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("UPDATE snapshot SET published = ? WHERE id = ?")) {
            ps.setDate(1, Date.valueOf(published));
            ps.setLong(2, snapshotId);
            ps.executeUpdate();
            db.markWritten();
        } catch (SQLException e) {
            throw new StoreException("cannot update version " + snapshotId, e);
        }
    }

    /**
     * Starts a new version of {@code source}: a snapshot row no reader sees until {@link VersionWriter#complete}.
     * Close the writer in any case; closing one that was not completed removes what it wrote.
     */
    public VersionWriter begin(String source, String format) {
        return VersionWriter.begin(db, clock, source, format);
    }

    /**
     * Removes what loads that died midway left: incomplete snapshots no live writer holds. Opening the store does
     * this; it may fail (a full disk) and is then left for the next opening, since no reader sees such a snapshot.
     */
    private void removeUnfinished() {
        try {
            for (long id : query("SELECT id FROM snapshot WHERE NOT complete", ps -> { }, rs -> rs.getLong(1))) {
                VersionWriter.removeIfAbandoned(db, id);
            }
        } catch (StoreException leftForLater) {
            // see above
        }
    }

    /** How many entities of one version have a source id the other lacks. */
    public int countOnlyIn(long snapshotId, long otherId) {
        return query("SELECT COUNT(*) FROM snapshot_entity a WHERE a.snapshot_id = ?" + NOT_IN_OTHER,
                ps -> { ps.setLong(1, snapshotId); ps.setLong(2, otherId); }, rs -> rs.getInt(1)).get(0);
    }

    /** The entities of one version whose source id the other lacks, by source id. */
    public List<StoredEntity> onlyIn(long snapshotId, long otherId) {
        return query("SELECT a.source_id, a.record_hash, a.name FROM snapshot_entity a WHERE a.snapshot_id = ?"
                        + NOT_IN_OTHER + " ORDER BY a.snapshot_id, a.source_id",
                ps -> { ps.setLong(1, snapshotId); ps.setLong(2, otherId); },
                rs -> new StoredEntity(rs.getString(1), rs.getString(2).strip(), rs.getString(3)));
    }

    private static final String NOT_IN_OTHER = " AND NOT EXISTS (SELECT 1 FROM snapshot_entity b"
            + " WHERE b.snapshot_id = ? AND b.source_id = a.source_id)";

    /** How many source ids both versions hold under different records. */
    public int countChanged(long fromId, long toId) {
        return query("SELECT COUNT(*)" + CHANGED, ps -> { ps.setLong(1, fromId); ps.setLong(2, toId); },
                rs -> rs.getInt(1)).get(0);
    }

    /** The source ids both versions hold under different records, as (before, after) pairs by source id. */
    public List<StoredEntity[]> changed(long fromId, long toId) {
        return query("SELECT b.source_id, b.record_hash, b.name, a.record_hash, a.name" + CHANGED
                        + " ORDER BY a.snapshot_id, a.source_id",
                ps -> { ps.setLong(1, fromId); ps.setLong(2, toId); },
                rs -> new StoredEntity[] {new StoredEntity(rs.getString(1), rs.getString(2).strip(), rs.getString(3)),
                        new StoredEntity(rs.getString(1), rs.getString(4).strip(), rs.getString(5))});
    }

    private static final String CHANGED = " FROM snapshot_entity b JOIN snapshot_entity a ON a.source_id = b.source_id"
            + " WHERE b.snapshot_id = ? AND a.snapshot_id = ? AND a.record_hash <> b.record_hash";

    static void insertEntities(Connection c, long snapshotId, List<EncodedEntity> entities) throws SQLException {
        Map<String, String> jsonByHash = new LinkedHashMap<>();
        for (EncodedEntity e : entities) {
            jsonByHash.putIfAbsent(e.recordHash(), e.json());
        }
        Map<String, Long> ids = storedIds(c, jsonByHash.keySet());
        List<String> fresh = jsonByHash.keySet().stream().filter(h -> !ids.containsKey(h)).toList();
        List<Long> numbers = fresh.isEmpty() ? List.of() : query(c,
                "SELECT NEXTVAL('entity_record_id') FROM generate_series(1, ?)", ps -> ps.setInt(1, fresh.size()),
                rs -> rs.getLong(1));
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO entity_record (id, record_hash, data) VALUES (?, ?, ?)")) {
            for (int i = 0; i < fresh.size(); i++) {
                String hash = fresh.get(i);
                ids.put(hash, numbers.get(i));
                ps.setLong(1, numbers.get(i));
                ps.setString(2, hash);
                ps.setString(3, jsonByHash.get(hash));
                ps.addBatch();
                if ((i + 1) % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO snapshot_entity (snapshot_id, source_id, record_id,"
                + " record_hash, name) VALUES (?, ?, ?, ?, ?)")) {
            int n = 0;
            for (EncodedEntity e : entities) {
                ps.setLong(1, snapshotId);
                ps.setString(2, e.entity().sourceId());
                ps.setLong(3, ids.get(e.recordHash()));
                ps.setString(4, e.recordHash());
                ps.setString(5, truncate(e.entity().primaryName(), 2000));
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** The numbers of those of the records already stored. */
    private static Map<String, Long> storedIds(Connection c, Collection<String> hashes) throws SQLException {
        Map<String, Long> found = new HashMap<>();
        List<String> all = new ArrayList<>(hashes);
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + IN_CHUNK));
            for (Map.Entry<String, Long> e : query(c, "SELECT record_hash, id FROM entity_record WHERE record_hash IN ("
                    + placeholders(chunk.size()) + ")", ps -> bind(ps, chunk),
                    rs -> Map.entry(rs.getString(1).strip(), rs.getLong(2)))) {
                found.put(e.getKey(), e.getValue());
            }
        }
        return found;
    }

    static SnapshotVersion version(ResultSet rs) throws SQLException {
        return new SnapshotVersion(rs.getLong("id"), rs.getString("source"), rs.getInt("version"),
                rs.getDate("published").toLocalDate(), rs.getString("format"), rs.getString("content_hash").strip(),
                rs.getInt("entity_count"), rs.getTimestamp("loaded_at").toInstant());
    }

    private <T> List<T> query(String sql, Database.Binder binder, Database.RowReader<T> reader) {
        return db.query("store query failed", sql, binder, reader);
    }

    static <T> List<T> query(Connection c, String sql, Database.Binder binder, Database.RowReader<T> reader)
            throws SQLException {
        return Database.query(c, sql, binder, reader);
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement ps, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setString(i + 1, values.get(i));
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
