package org.tradescreen.lists.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.tradescreen.io.Sha256;

/**
 * One new version being written in chunks, each chunk its own transaction, so that neither the heap nor a
 * database's undo log holds a whole large list. The snapshot row is written first, marked incomplete: no reader of
 * versions sees it until {@link #complete} marks it complete, in the same commit that sets its content hash,
 * count and published date. {@link #close} without {@code complete} deletes what was written (a refused or
 * identical load); a process that dies leaves the incomplete row, which the next opening of the store removes.
 *
 * <p>All of it runs on one connection, which on PostgreSQL holds an advisory lock on the snapshot id for as long as
 * the writer is open: another process opening the store tells a live load from a dead one by that lock. An H2 file
 * is open in one process at a time, so there only this process's own writers ({@link #LIVE}) are live.
 */
public final class VersionWriter implements AutoCloseable {

    /** A source id the version already holds: the entity left out, and the record and name written before it. */
    public record Repeat(EncodedEntity entity, String earlierHash, String earlierName) {
    }

    /** The advisory lock space of snapshot writers on PostgreSQL (the first key of the two-key lock). */
    private static final int LOCK_SPACE = 0x74730001;
    private static final Set<String> LIVE = ConcurrentHashMap.newKeySet();

    private final Database db;
    private final Clock clock;
    private final Connection c;
    private final boolean postgres;
    private final String source;
    private final long id;
    private final IdFilter written = new IdFilter();
    private int count;
    private boolean completed;

    private VersionWriter(Database db, Clock clock, Connection c, String source, long id) {
        this.db = db;
        this.clock = clock;
        this.c = c;
        this.postgres = db.url().startsWith("jdbc:postgresql:");
        this.source = source;
        this.id = id;
    }

    static VersionWriter begin(Database db, Clock clock, String source, String format) {
        Connection c = null;
        try {
            c = db.connect();
            c.setAutoCommit(false);
            int next = SnapshotStore.query(c, "SELECT COALESCE(MAX(version), 0) + 1 FROM snapshot WHERE source = ?",
                    ps -> ps.setString(1, source), rs -> rs.getInt(1)).get(0);
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO snapshot (source, version, published, format,"
                    + " content_hash, entity_count, loaded_at, complete) VALUES (?, ?, ?, ?, ?, 0, ?, FALSE)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, source);
                ps.setInt(2, next);
                ps.setDate(3, Date.valueOf(LocalDate.now(clock))); // set for real by complete
                ps.setString(4, format);
                ps.setString(5, "0".repeat(64));
                ps.setTimestamp(6, Timestamp.from(clock.instant()));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            VersionWriter w = new VersionWriter(db, clock, c, source, id);
            LIVE.add(w.key());
            if (w.postgres) {
                w.lock("pg_advisory_lock"); // before the row is visible to another process's clean-up
            }
            c.commit();
            return w;
        } catch (SQLException e) {
            closeQuietly(c);
            throw failed(source, e);
        }
    }

    /** The snapshot id, which readers of versions do not see until it is complete. */
    public long id() {
        return id;
    }

    /** How many entities are written so far. */
    public int count() {
        return count;
    }

    /**
     * Writes entities and commits them. An entity whose source id the version already holds (from an earlier chunk,
     * or earlier in this one) is not written; those are returned, in order, for the caller to judge.
     */
    public List<Repeat> append(List<EncodedEntity> entities) {
        try {
            Map<String, EncodedEntity> fresh = new LinkedHashMap<>();
            Map<String, String[]> earlier = held(entities);
            List<Repeat> repeats = new ArrayList<>();
            for (EncodedEntity e : entities) {
                String sourceId = e.entity().sourceId();
                EncodedEntity inChunk = fresh.get(sourceId);
                String[] stored = earlier.get(sourceId);
                if (inChunk != null) {
                    repeats.add(new Repeat(e, inChunk.recordHash(), inChunk.entity().primaryName()));
                } else if (stored != null) {
                    repeats.add(new Repeat(e, stored[0], stored[1]));
                } else {
                    fresh.put(sourceId, e);
                }
            }
            SnapshotStore.insertEntities(c, id, List.copyOf(fresh.values()));
            c.commit();
            fresh.keySet().forEach(written::add);
            count += fresh.size();
            return repeats;
        } catch (SQLException e) {
            throw failed(source, e);
        }
    }

    /**
     * Record hash and name of those of the entities' source ids this version holds already. The Bloom filter of
     * written ids leaves almost every id unasked; a possible repeat is looked up by primary key.
     */
    private Map<String, String[]> held(List<EncodedEntity> entities) throws SQLException {
        Map<String, String[]> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT record_hash, name FROM snapshot_entity WHERE snapshot_id = ? AND source_id = ?")) {
            for (EncodedEntity e : entities) {
                String sourceId = e.entity().sourceId();
                if (written.mightContain(sourceId)) {
                    ps.setLong(1, id);
                    ps.setString(2, sourceId);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            out.put(sourceId, new String[] {rs.getString(1).strip(), rs.getString(2)});
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * The content hash of what is written, from the database in source id order, so that it need not be held. The
     * database's order is checked against {@link ContentHash}'s: a collation that sorts some ids otherwise (a
     * control character in an id, say) falls back to sorting in memory.
     */
    public String contentHash() {
        String sql = "SELECT source_id, record_hash FROM snapshot_entity WHERE snapshot_id = ?"
                + " ORDER BY snapshot_id, source_id"
                + (postgres ? " COLLATE \"C\"" : "");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(10_000); // PostgreSQL otherwise reads every row into memory first
            ps.setLong(1, id);
            ContentHash hash = new ContentHash();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!hash.add(rs.getString(1), rs.getString(2).strip())) {
                        return ContentHash.sorted(SnapshotStore.query(c, sql, p -> p.setLong(1, id),
                                r -> ContentHash.line(r.getString(1), r.getString(2).strip())));
                    }
                }
            }
            c.commit();
            return hash.hex();
        } catch (SQLException e) {
            throw failed(source, e);
        }
    }

    /**
     * Stores the raw files (gzip-compressed, by the SHA-256 of their bytes), streamed from disk through a temporary
     * gzip file rather than read into memory.
     */
    public void files(List<Path> files) {
        try {
            for (Path file : files) {
                String sha = sha256(file);
                boolean known = !SnapshotStore.query(c, "SELECT 1 FROM raw_file WHERE sha256 = ?",
                        ps -> ps.setString(1, sha), rs -> 1).isEmpty();
                if (!known) {
                    insertRaw(sha, file);
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO snapshot_file (snapshot_id, file_name, sha256) VALUES (?, ?, ?)")) {
                    ps.setLong(1, id);
                    ps.setString(2, file.getFileName().toString());
                    ps.setString(3, sha);
                    ps.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw failed(source, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void insertRaw(String sha, Path file) throws SQLException, IOException {
        Path gz = Files.createTempFile("tradescreen-raw", ".gz");
        try {
            try (InputStream in = Files.newInputStream(file);
                 OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz), 1 << 16)) {
                in.transferTo(out);
            }
            try (InputStream in = Files.newInputStream(gz); PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO raw_file (sha256, size_bytes, gzip_content) VALUES (?, ?, ?)")) {
                ps.setString(1, sha);
                ps.setLong(2, Files.size(file));
                ps.setBinaryStream(3, in, Files.size(gz));
                ps.executeUpdate();
            }
        } finally {
            Files.deleteIfExists(gz);
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = Sha256.digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Makes the version visible, published on {@code published} with {@code contentHash}, and on disk before this
     * returns (see {@link Database#sync}).
     */
    public SnapshotVersion complete(LocalDate published, String contentHash) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE snapshot SET published = ?, content_hash = ?,"
                + " entity_count = ?, loaded_at = ?, complete = TRUE WHERE id = ?")) {
            ps.setDate(1, Date.valueOf(published));
            ps.setString(2, contentHash);
            ps.setInt(3, count);
            ps.setTimestamp(4, Timestamp.from(clock.instant()));
            ps.setLong(5, id);
            ps.executeUpdate();
            c.commit();
            completed = true;
            db.markWritten();
            db.sync(c); // on disk before anyone is told the version is stored
            if (postgres) {
                // Fresh statistics: planned with those of before a bulk load, reading the version back page by page
                // sorts the rest of the table for every page (3 million rows: 9 minutes instead of 35 s).
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE snapshot_entity");
                    s.execute("ANALYZE entity_record");
                }
                c.commit();
            }
            return SnapshotStore.query(c, "SELECT * FROM snapshot WHERE id = ?", p -> p.setLong(1, id),
                    SnapshotStore::version).get(0);
        } catch (SQLException e) {
            throw failed(source, e);
        }
    }

    /** Ends the writer; one not completed has what it wrote removed (or, should that fail, left for the next open). */
    @Override
    public void close() {
        try {
            if (!completed) {
                try {
                    c.rollback();
                    delete(c, id);
                    db.markWritten();
                } catch (SQLException leftForTheNextOpen) {
                    // incomplete, so no reader sees it; the next opening of the store removes it
                }
            }
            if (postgres) {
                lock("pg_advisory_unlock");
                c.commit();
            }
        } catch (SQLException unlockFailed) {
            // the lock goes with the session; the pool closes a connection that failed
        } finally {
            LIVE.remove(key());
            closeQuietly(c);
        }
    }

    /** Deletes an incomplete snapshot unless a live writer holds it (here, or on PostgreSQL in another process). */
    static void removeIfAbandoned(Database db, long id) {
        if (LIVE.contains(db.url() + "#" + id)) {
            return;
        }
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            boolean postgres = db.url().startsWith("jdbc:postgresql:");
            if (postgres && !SnapshotStore.query(c, "SELECT pg_try_advisory_xact_lock(?, ?)", ps -> {
                ps.setInt(1, LOCK_SPACE);
                ps.setInt(2, (int) id);
            }, rs -> rs.getBoolean(1)).get(0)) {
                c.rollback();
                return;
            }
            delete(c, id);
            db.markWritten();
        } catch (SQLException e) {
            throw new StoreException("cannot remove the unfinished version " + id + ": " + Database.reason(e), e);
        }
    }

    private static void delete(Connection c, long id) throws SQLException {
        for (String sql : new String[] {"DELETE FROM snapshot_entity WHERE snapshot_id = ?",
                "DELETE FROM snapshot_file WHERE snapshot_id = ?", "DELETE FROM snapshot WHERE id = ? AND NOT complete"}) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }
        c.commit();
    }

    /** Takes or gives up this writer's session-level advisory lock (it outlasts the transaction). */
    private void lock(String function) throws SQLException {
        SnapshotStore.query(c, "SELECT " + function + "(?, ?)", ps -> {
            ps.setInt(1, LOCK_SPACE);
            ps.setInt(2, (int) id);
        }, rs -> 1);
    }

    private String key() {
        return db.url() + "#" + id;
    }

    private static StoreException failed(String source, SQLException e) {
        return new StoreException("cannot store a new version of " + source + ": " + Database.reason(e), e);
    }

    private static void closeQuietly(@Nullable Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a pooled connection that failed; the pool replaces it
            }
        }
    }
}
