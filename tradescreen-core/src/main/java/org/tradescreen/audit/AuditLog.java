package org.tradescreen.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.lists.snapshot.StoreException;

/**
 * The tamper-evident audit log, in the snapshot store's database (table {@code audit_record}). Records are
 * appended under a lock on the one-row {@code audit_head}, so processes sharing a PostgreSQL database still
 * write one chain; each record's hash covers the one before it. {@link #checkpoint()} signs the RFC 6962 Merkle
 * root of all records with the instance key. {@link #verify()} re-computes both and names the first record
 * that was changed, removed or inserted. On PostgreSQL a trigger refuses UPDATE and DELETE of records outright.
 */
public final class AuditLog {

    /** One act to record: its kind, who acted, and what it was. */
    public record Act(String kind, String actor, JsonNode payload) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RECORD = "seq, kind, at, actor, payload, payload_sha256, prev_hash, record_hash";

    private final Database db;
    private final InstanceKey key;
    private final Clock clock;
    private volatile boolean appended;

    public AuditLog(Database db, InstanceKey key, Clock clock) {
        this.db = db;
        this.key = key;
        this.clock = clock;
    }

    public InstanceKey key() {
        return key;
    }

    public AuditRecord append(String kind, String actor, JsonNode payload) {
        return appendAll(List.of(new Act(kind, actor, payload))).get(0);
    }

    /** Appends the acts in order, in one transaction: all are recorded, or none. */
    public List<AuditRecord> appendAll(List<Act> acts) {
        return db.transaction("cannot append to the audit log", c -> appendIn(c, acts));
    }

    /**
     * Appends the acts within the caller's transaction, so that a change and its record commit together or not at
     * all (an alert's transition, a user added). The caller commits.
     */
    public List<AuditRecord> appendIn(Connection c, List<Act> acts) throws SQLException {
        String at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS).toString();
        long seq;
        String prev;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, record_hash FROM audit_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new StoreException("the audit log has no head row; was the database migrated?", null);
            }
            seq = rs.getLong(1);
            prev = rs.getString(2).strip();
        }
        List<AuditRecord> out = new ArrayList<>();
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO audit_record (seq, kind, at, actor, payload,"
                + " payload_sha256, prev_hash, record_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Act act : acts) {
                seq++;
                AuditRecord r = AuditRecord.of(seq, act.kind(), at, act.actor(), json(act.payload()), prev);
                ins.setLong(1, seq);
                ins.setString(2, r.kind());
                ins.setString(3, at);
                ins.setString(4, r.actor());
                ins.setString(5, r.payload());
                ins.setString(6, r.payloadSha256());
                ins.setString(7, prev);
                ins.setString(8, r.hash());
                ins.addBatch();
                out.add(r);
                prev = r.hash();
            }
            ins.executeBatch();
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE audit_head SET seq = ?, record_hash = ? WHERE id = 1")) {
            up.setLong(1, seq);
            up.setString(2, prev);
            up.executeUpdate();
        }
        appended = true;
        return out;
    }

    private static String json(JsonNode payload) {
        try {
            return JSON.writeValueAsString(payload);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("audit payload is not JSON: " + e.getMessage(), e);
        }
    }

    /** A legal hold: records of {@code kind} (null: every kind) from {@code from} to {@code to} are never pruned. */
    public record Hold(long id, String kind, Instant from, Instant to, String reason, String placedBy, boolean released) {

        boolean covers(String recordKind, Instant at) {
            return !released && (kind == null || kind.equals(recordKind)) && !at.isBefore(from) && !at.isAfter(to);
        }
    }

    /** Places a legal hold; returns its id. Recorded in the log. */
    public long hold(@Nullable String kind, Instant from, Instant to, String reason, String by) {
        if (reason == null || reason.isBlank() || to.isBefore(from)) {
            throw new IllegalArgumentException("a hold needs a reason and a range that does not run backwards");
        }
        return db.transaction("cannot place a hold", c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_hold (kind, from_at, to_at, reason,"
                    + " placed_by, placed_at) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
                ps.setString(1, kind);
                ps.setString(2, from.toString());
                ps.setString(3, to.toString());
                ps.setString(4, reason);
                ps.setString(5, by);
                ps.setString(6, Instant.now(clock).toString());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            appendIn(c, List.of(new Act("audit", by, JSON.createObjectNode().put("action", "hold placed")
                    .put("hold_id", id).put("kind", kind).put("from", from.toString()).put("to", to.toString())
                    .put("reason", reason))));
            return id;
        });
    }

    /** Releases a legal hold. Recorded in the log. */
    public void release(long id, String by) {
        db.transaction("cannot release hold " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE audit_hold SET released_by = ?, released_at = ?"
                    + " WHERE id = ? AND released_at IS NULL")) {
                ps.setString(1, by);
                ps.setString(2, Instant.now(clock).toString());
                ps.setLong(3, id);
                if (ps.executeUpdate() == 0) {
                    throw new IllegalArgumentException("no hold " + id + " in force");
                }
            }
            return appendIn(c, List.of(new Act("audit", by, JSON.createObjectNode().put("action", "hold released")
                    .put("hold_id", id))));
        });
    }

    public List<Hold> holds() {
        return query("SELECT id, kind, from_at, to_at, reason, placed_by, released_at FROM audit_hold ORDER BY id",
                ps -> { }, rs -> new Hold(rs.getLong(1), rs.getString(2), Instant.parse(rs.getString(3)),
                        Instant.parse(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7) != null));
    }

    /**
     * Prunes the payload of every record past its kind's retention and under no hold, keeping its payload hash and
     * its place in the chain and the tree; returns the records pruned (or, with {@code dryRun}, that would be). The
     * pruning is itself a record.
     */
    public List<Long> prune(Retention retention, boolean dryRun, String by) {
        Instant now = Instant.now(clock);
        List<Hold> holds = holds();
        List<Long> due = new ArrayList<>();
        for (String[] r : query("SELECT seq, kind, at FROM audit_record WHERE pruned_at IS NULL ORDER BY seq",
                ps -> { }, rs -> new String[] {String.valueOf(rs.getLong(1)), rs.getString(2), rs.getString(3)})) {
            Instant at = Instant.parse(r[2]);
            Instant cutoff = now.atZone(java.time.ZoneOffset.UTC).minus(retention.of(r[1])).toInstant();
            if (at.isBefore(cutoff) && holds.stream().noneMatch(h -> h.covers(r[1], at))) {
                due.add(Long.parseLong(r[0]));
            }
        }
        if (dryRun || due.isEmpty()) {
            return due;
        }
        db.transaction("cannot prune the audit log", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE audit_record SET payload = NULL, pruned_at = ?"
                    + " WHERE seq = ? AND pruned_at IS NULL")) {
                for (long seq : due) {
                    ps.setString(1, now.toString());
                    ps.setLong(2, seq);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            com.fasterxml.jackson.databind.node.ObjectNode p = JSON.createObjectNode().put("action", "pruned")
                    .put("count", due.size()).put("first", due.get(0)).put("last", due.get(due.size() - 1));
            due.forEach(p.putArray("records")::add);
            return appendIn(c, List.of(new Act("audit", by, p)));
        });
        return due;
    }

    /** Whether this instance appended anything: a checkpoint is then due. */
    public boolean appended() {
        return appended;
    }

    /** How many records the log holds, by its head. */
    public long size() {
        return query("SELECT seq FROM audit_head WHERE id = 1", ps -> { }, rs -> rs.getLong(1)).get(0);
    }

    /** Records {@code from} to {@code to}, inclusive, in order. */
    public List<AuditRecord> records(long from, long to) {
        return query("SELECT " + RECORD + " FROM audit_record"
                + " WHERE seq BETWEEN ? AND ? ORDER BY seq", ps -> {
                    ps.setLong(1, from);
                    ps.setLong(2, to);
                }, AuditLog::record);
    }

    /**
     * The records of one kind about one thing, in order: those whose payload begins with {@code "key":value}, as
     * the alert, allow-list and case records do (the history shown beside an alert).
     */
    public List<AuditRecord> about(String kind, String key, long value) {
        return query("SELECT " + RECORD + " FROM audit_record"
                + " WHERE kind = ? AND payload LIKE ? ORDER BY seq", ps -> {
                    ps.setString(1, kind);
                    ps.setString(2, "{\"" + key + "\":" + value + ",%");
                }, AuditLog::record);
    }

    /** The first record at or after this instant, for exports by date; empty when none. */
    public Optional<Long> firstAtOrAfter(Instant when) {
        List<Long> seq = query("SELECT MIN(seq) FROM audit_record WHERE at >= ?",
                ps -> ps.setString(1, when.toString()), rs -> rs.getObject(1) == null ? null : rs.getLong(1));
        return Optional.ofNullable(seq.get(0));
    }

    /**
     * Signs the Merkle root of every record so far, unless the latest checkpoint already covers them all.
     * Returns the checkpoint that covers the whole log (new or not), or empty when the log is empty.
     */
    public Optional<Checkpoint> checkpoint() {
        long size = size();
        Optional<Checkpoint> latest = latestCheckpoint();
        if (size == 0 || latest.isPresent() && latest.get().treeSize() == size) {
            return latest;
        }
        Checkpoint cp = sign(size, tree(size).root());
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO audit_checkpoint"
                + " (tree_size, root_hash, signed_at, key_id, signature) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, cp.treeSize());
            ps.setString(2, cp.root());
            ps.setString(3, cp.signedAt());
            ps.setString(4, cp.keyId());
            ps.setString(5, cp.signature());
            ps.executeUpdate();
        } catch (SQLException e) {
            // Another process signed the same size a moment ago: theirs stands.
            return latestCheckpoint();
        }
        return Optional.of(cp);
    }

    /** The Merkle tree over the first {@code size} records, from their stored hashes. */
    public MerkleTree tree(long size) {
        return new MerkleTree(query("SELECT record_hash FROM audit_record WHERE seq <= ? ORDER BY seq",
                ps -> ps.setLong(1, size), rs -> HexFormat.of().parseHex(rs.getString(1).strip())));
    }

    /** A signed checkpoint over the first {@code size} records with this root, not stored. */
    Checkpoint sign(long size, byte[] root) {
        String signedAt = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        Checkpoint unsigned = new Checkpoint(size, HexFormat.of().formatHex(root), signedAt, key.keyId(), "");
        String signature = Base64.getEncoder().encodeToString(key.sign(unsigned.signedText()));
        return new Checkpoint(size, unsigned.root(), signedAt, key.keyId(), signature);
    }

    public Optional<Checkpoint> latestCheckpoint() {
        List<Checkpoint> all = checkpoints();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    List<Checkpoint> checkpoints() {
        return query("SELECT tree_size, root_hash, signed_at, key_id, signature FROM audit_checkpoint"
                + " ORDER BY tree_size", ps -> { }, rs -> new Checkpoint(rs.getLong(1), rs.getString(2).strip(),
                rs.getString(3), rs.getString(4), rs.getString(5)));
    }

    /**
     * Re-checks the whole log: sequence numbers without gaps, each record's hash and its link to the one before,
     * the head, then every checkpoint's signature and root. A record changed in place fails its own hash; one
     * removed leaves a gap (or, at the end, a head or checkpoint beyond the last record); a chain rewritten from
     * some record on, hashes and all, no longer has the root a checkpoint signed, and the first record after the
     * last checkpoint that still holds is named.
     */
    public Verification verify() {
        List<AuditRecord> records = records(1, Long.MAX_VALUE);
        List<Checkpoint> checkpoints = checkpoints();
        long n = records.size();
        String prev = AuditRecord.GENESIS;
        for (int i = 0; i < records.size(); i++) {
            AuditRecord r = records.get(i);
            long expected = i + 1L;
            if (r.seq() != expected) {
                return Verification.bad(n, checkpoints.size(), expected, r.seq() > expected
                        ? "record " + expected + " is missing (the next record is " + r.seq() + ")"
                        : "record " + r.seq() + " is out of place");
            }
            if (!r.prevHash().equals(prev)) {
                return Verification.bad(n, checkpoints.size(), r.seq(),
                        "record " + r.seq() + " does not follow record " + (r.seq() - 1) + " (its link was changed)");
            }
            if (!r.intact()) {
                return Verification.bad(n, checkpoints.size(), r.seq(),
                        "record " + r.seq() + " was changed: its hash does not match its content");
            }
            prev = r.hash();
        }
        long head = size();
        if (head > n) {
            return Verification.bad(n, checkpoints.size(), n + 1, "record " + (n + 1)
                    + " is missing: the log's head says " + head + " records were written, " + n + " are left");
        }
        return verifyCheckpoints(records, checkpoints);
    }

    /**
     * Every checkpoint's signature, then roots: if the latest root holds, every record it covers is as it was when
     * signed, and so are the earlier roots; if not, the first checkpoint whose root fails is found by bisection
     * (once a record is changed, every later root fails too). A tree per root tried: O(records x log checkpoints).
     */
    private Verification verifyCheckpoints(List<AuditRecord> records, List<Checkpoint> checkpoints) {
        long n = records.size();
        int c = checkpoints.size();
        for (int i = 0; i < c; i++) {
            Checkpoint cp = checkpoints.get(i);
            if (!cp.keyId().equals(key.keyId()) || !cp.signedBy(key.publicKeyBase64())) {
                return Verification.bad(n, c, i == 0 ? 1 : checkpoints.get(i - 1).treeSize() + 1, "the checkpoint"
                        + " over " + cp.treeSize() + " records does not bear this instance's signature (key "
                        + key.keyId() + ")");
            }
            if (cp.treeSize() > n) {
                return Verification.bad(n, c, n + 1, "record " + (n + 1) + " is missing: a signed checkpoint"
                        + " covers " + cp.treeSize() + " records, " + n + " are left");
            }
        }
        List<byte[]> leaves = records.stream().map(AuditRecord::leaf).toList();
        long pruned = records.stream().filter(AuditRecord::pruned).count();
        if (c == 0 || rootHolds(leaves, checkpoints.get(c - 1))) {
            return new Verification(n, c, pruned, null, null);
        }
        int lo = 0;
        int hi = c - 1;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (rootHolds(leaves, checkpoints.get(mid))) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Checkpoint failed = checkpoints.get(lo);
        long first = lo == 0 ? 1 : checkpoints.get(lo - 1).treeSize() + 1;
        return Verification.bad(n, c, first, "records " + first + " to " + failed.treeSize() + " no longer have the"
                + " Merkle root signed at " + failed.signedAt() + ": one of them was changed, removed or inserted"
                + " and the chain re-hashed to hide it");
    }

    private static boolean rootHolds(List<byte[]> leaves, Checkpoint cp) {
        return HexFormat.of().formatHex(new MerkleTree(leaves.subList(0, (int) cp.treeSize())).root())
                .equals(cp.root());
    }

    private static AuditRecord record(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6).strip(), rs.getString(7).strip(), rs.getString(8).strip());
    }

    private <T> List<T> query(String sql, Database.Binder binder, Database.RowReader<T> reader) {
        return db.query("audit log query failed", sql, binder, reader);
    }
}
