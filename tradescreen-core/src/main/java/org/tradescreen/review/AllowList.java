package org.tradescreen.review;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tradescreen.audit.AuditLog;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.review.ReviewException.Kind;

/**
 * Pairs of (subject, list entry) a supervisor agreed are not a match, so that screening them again makes a
 * {@code suppressed} record instead of an alert. An entry is proposed from an alert by an analyst or supervisor,
 * with a false-positive reason, and approved by a supervisor other than the proposer (four eyes). It holds only
 * while all three stand: before its expiry (default {@value #DEFAULT_DAYS} days), the list entry's content is what
 * was reviewed, and the subject's data is what was screened (the subject key is a hash of it). Every change is an
 * audit record, committed with it.
 */
public final class AllowList {

    public static final int DEFAULT_DAYS = 365;

    /** One entry, as the API shows it. */
    public record Entry(long id, String subjectKey, String subject, String entityId, String entityHash,
                        ReasonCode reasonCode, String note, String status, String proposedBy, String approvedBy,
                        String createdAt, String expiresAt, int version) {

        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("entity_id", entityId);
            m.put("subject", subject);
            m.put("subject_key", subjectKey);
            m.put("entity_hash", entityHash);
            m.put("reason_code", reasonCode.code());
            m.put("note", note);
            m.put("status", status);
            m.put("proposed_by", proposedBy);
            m.put("approved_by", approvedBy);
            m.put("created_at", createdAt);
            m.put("expires_at", expiresAt);
            m.put("version", version);
            return m;
        }
    }

    private static final String COLUMNS = "id, subject_key, subject, entity_id, entity_hash, reason_code, note, status,"
            + " proposed_by, approved_by, created_at, expires_at, version";

    private final Database db;
    private final AuditLog audit;
    private final Clock clock;
    private final Alerts alerts;

    AllowList(Database db, AuditLog audit, Clock clock, Alerts alerts) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
        this.alerts = alerts;
    }

    /**
     * Proposes holding an alert's pair, with a false-positive reason, until {@code expiresAt} (null: the default
     * term from now).
     */
    public Entry propose(long alertId, User user, ReasonCode reason, @Nullable String note, @Nullable Instant expiresAt) {
        if (!user.role().canReview()) {
            throw new ReviewException(Kind.FORBIDDEN, user.name() + " is " + user.role().code()
                    + "; only analysts and supervisors propose allow-list entries");
        }
        if (reason.disposition() != Disposition.FALSE_POSITIVE) {
            throw new IllegalArgumentException("reason_code " + reason.code() + " is not a reason a pair is not a match");
        }
        Alert a = alerts.get(alertId).orElseThrow(() -> new ReviewException(Kind.NOT_FOUND, "no alert " + alertId));
        if (a.entityHash() == null) {
            throw new IllegalArgumentException("alert " + alertId + " does not record the list entry's content");
        }
        Instant now = Instant.now(clock);
        Instant expires = expiresAt != null ? expiresAt : now.plus(Duration.ofDays(DEFAULT_DAYS));
        if (!expires.isAfter(now)) {
            throw new IllegalArgumentException("expires_at must be in the future");
        }
        long id = db.transaction("cannot propose an allow-list entry", c -> {
            long made;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO allow_entry (subject_key, subject,"
                    + " entity_id, entity_hash, reason_code, note, status, proposed_by, created_at, expires_at,"
                    + " version) VALUES (?, ?, ?, ?, ?, ?, 'proposed', ?, ?, ?, 1)", new String[] {"id"})) {
                ps.setString(1, a.subjectKey());
                ps.setString(2, a.subject().toString());
                ps.setString(3, a.entityId());
                ps.setString(4, a.entityHash());
                ps.setString(5, reason.code());
                ps.setString(6, note);
                ps.setString(7, user.name());
                ps.setString(8, now.toString());
                ps.setString(9, expires.toString());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    made = keys.getLong(1);
                }
            }
            audit.appendIn(c, List.of(act(user, made, "proposed", a.subjectKey(), a.entityId(), reason, note,
                    expires.toString())));
            return made;
        });
        return get(id).orElseThrow();
    }

    /** A supervisor other than the proposer approves: from now on the pair is held. */
    public Entry approve(long id, User user, int version) {
        return decide(id, user, version, "active", "approved");
    }

    /** A supervisor other than the proposer rejects the proposal. */
    public Entry reject(long id, User user, int version) {
        return decide(id, user, version, "rejected", "rejected");
    }

    /** A supervisor ends an active entry before its time. */
    public Entry revoke(long id, User user, int version) {
        return decide(id, user, version, "revoked", "revoked");
    }

    private Entry decide(long id, User user, int version, String to, String action) {
        if (!user.role().canConfirm()) {
            throw new ReviewException(Kind.FORBIDDEN, user.name() + " is " + user.role().code()
                    + "; only a supervisor decides allow-list entries");
        }
        Entry e = get(id).orElseThrow(() -> new ReviewException(Kind.NOT_FOUND, "no allow-list entry " + id));
        String from = action.equals("revoked") ? "active" : "proposed";
        if (!e.status().equals(from)) {
            throw new ReviewException(Kind.CONFLICT, "allow-list entry " + id + " is " + e.status() + "; " + action
                    + " needs it " + from);
        }
        if (!action.equals("revoked") && user.name().equals(e.proposedBy())) {
            throw new ReviewException(Kind.FORBIDDEN, user.name() + " proposed this entry; four eyes: another"
                    + " supervisor must decide it");
        }
        db.transaction("cannot change allow-list entry " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE allow_entry SET status = ?, approved_by = ?,"
                    + " version = version + 1 WHERE id = ? AND version = ?")) {
                ps.setString(1, to);
                ps.setString(2, user.name());
                ps.setLong(3, id);
                ps.setInt(4, version);
                if (ps.executeUpdate() == 0) {
                    throw new ReviewException(Kind.CONFLICT, "allow-list entry " + id + " is not at version "
                            + version + ": someone changed it; reload and decide again");
                }
            }
            return audit.appendIn(c, List.of(act(user, id, action, e.subjectKey(), e.entityId(), e.reasonCode(),
                    e.note(), e.expiresAt())));
        });
        return get(id).orElseThrow();
    }

    private static AuditLog.Act act(User user, long id, String action, String subjectKey, String entityId,
                                    ReasonCode reason, String note, String expires) {
        ObjectNode p = JsonNodeFactory.instance.objectNode().put("allow_id", id).put("action", action)
                .put("subject_key", subjectKey).put("entity_id", entityId).put("reason_code", reason.code())
                .put("note", note).put("expires_at", expires);
        return new AuditLog.Act("allow_list", user.name(), p);
    }

    /**
     * The active entry holding this pair now, if any: approved, not expired, and reviewed against this very
     * content of the list entry. A changed entry or an expired one holds nothing; the screen raises an alert again.
     */
    Optional<Long> holding(Connection c, String subjectKey, String entityId, @Nullable String entityHash, Instant now)
            throws SQLException {
        if (entityHash == null) {
            return Optional.empty();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, entity_hash, expires_at FROM allow_entry"
                + " WHERE subject_key = ? AND entity_id = ? AND status = 'active' ORDER BY id DESC")) {
            ps.setString(1, subjectKey);
            ps.setString(2, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(2).strip().equals(entityHash) && Instant.parse(rs.getString(3)).isAfter(now)) {
                        return Optional.of(rs.getLong(1));
                    }
                }
            }
        }
        return Optional.empty();
    }

    public Optional<Entry> get(long id) {
        return query("SELECT " + COLUMNS + " FROM allow_entry WHERE id = ?", id).stream().findFirst();
    }

    public List<Entry> list() {
        return query("SELECT " + COLUMNS + " FROM allow_entry ORDER BY id DESC", null);
    }

    private List<Entry> query(String sql, @Nullable Long id) {
        return db.query("cannot read the allow-list", sql, ps -> {
            if (id != null) {
                ps.setLong(1, id);
            }
        }, rs -> new Entry(rs.getLong(1), rs.getString(2).strip(), rs.getString(3), rs.getString(4),
                rs.getString(5).strip(), ReasonCode.of(rs.getString(6)), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getInt(13)));
    }
}
