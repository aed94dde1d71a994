package org.tradescreen.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tradescreen.audit.AuditFacts;
import org.tradescreen.audit.AuditLog;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.lists.snapshot.StoreException;
import org.tradescreen.review.ReviewException.Kind;

/**
 * Cases: the alerts of one consignment or one counterparty, worked together, with notes and small attachments.
 * States {@code open, investigating, pending_approval, escalated, closed}; closing records an outcome. Every change
 * is an audit record committed with it. A case is read as one JSON document ({@link #document}), which is also
 * what a shared bundle carries.
 */
public final class Cases {

    /** The largest attachment kept with a note: case files are evidence summaries, not document stores. */
    public static final int MAX_ATTACHMENT_BYTES = 1 << 20;
    private static final Set<String> KINDS = Set.of("consignment", "counterparty");
    private static final Set<String> STATES = Set.of("open", "investigating", "pending_approval", "escalated", "closed");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final AuditLog audit;
    private final Alerts alerts;
    private final Clock clock;

    public Cases(Database db, AuditLog audit, Alerts alerts, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** Opens a case over these alerts; returns its id. */
    public long create(String kind, @Nullable String ref, @Nullable String title, List<Long> alertIds, String by) {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind must be consignment or counterparty, got '" + kind + "'");
        }
        if (ref == null || ref.isBlank() || title == null || title.isBlank()) {
            throw new IllegalArgumentException("a case needs a reference (the consignment or counterparty) and a title");
        }
        for (long a : alertIds) {
            alerts.get(a).orElseThrow(() -> new ReviewException(Kind.NOT_FOUND, "no alert " + a));
        }
        String now = Instant.now(clock).toString();
        return inTransaction(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_case (kind, ref, title, status,"
                    + " created_by, created_at, updated_at, version) VALUES (?, ?, ?, 'open', ?, ?, ?, 1)",
                    new String[] {"id"})) {
                ps.setString(1, kind);
                ps.setString(2, ref);
                ps.setString(3, title);
                ps.setString(4, by);
                ps.setString(5, now);
                ps.setString(6, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_alert (case_id, alert_id) VALUES (?, ?)")) {
                for (long a : alertIds) {
                    ps.setLong(1, id);
                    ps.setLong(2, a);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            ObjectNode p = JsonNodeFactory.instance.objectNode().put("case_id", id).put("action", "opened")
                    .put("kind", kind).put("ref", ref);
            alertIds.forEach(p.putArray("alerts")::add);
            audit.appendIn(c, List.of(new AuditLog.Act("case", by, p)));
            return id;
        });
    }

    /** Adds a note, with an optional attachment of at most {@link #MAX_ATTACHMENT_BYTES}. */
    public void note(long caseId, @Nullable String text, @Nullable String attachmentName, byte @Nullable [] attachment, String by) {
        requireCase(caseId);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a note needs text");
        }
        if (attachment != null && attachment.length > MAX_ATTACHMENT_BYTES) {
            throw new IllegalArgumentException("the attachment has " + attachment.length + " bytes; at most "
                    + MAX_ATTACHMENT_BYTES);
        }
        String sha = attachment == null ? null : AuditFacts.sha256Bytes(attachment);
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_note (case_id, author, at, text,"
                    + " attachment_name, attachment, attachment_sha256) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, caseId);
                ps.setString(2, by);
                ps.setString(3, Instant.now(clock).toString());
                ps.setString(4, text);
                ps.setString(5, attachment == null ? null : attachmentName);
                ps.setBytes(6, attachment);
                ps.setString(7, sha);
                ps.executeUpdate();
            }
            audit.appendIn(c, List.of(new AuditLog.Act("case", by, JsonNodeFactory.instance.objectNode()
                    .put("case_id", caseId).put("action", "note").put("text", text)
                    .put("attachment_sha256", sha))));
            return null;
        });
    }

    /**
     * Moves a case to another state. Names the version read (conflict otherwise). Four eyes: a case is closed, with
     * an outcome, only from {@code pending_approval} and only by someone other than who submitted it for approval.
     */
    public void move(long caseId, String status, @Nullable String outcome, int version, String by) {
        if (!STATES.contains(status)) {
            throw new IllegalArgumentException("status must be one of " + STATES + ", got '" + status + "'");
        }
        ObjectNode current = document(caseId);
        if (status.equals("closed")) {
            if (outcome == null || outcome.isBlank()) {
                throw new IllegalArgumentException("closing a case needs an outcome");
            }
            if (!current.path("status").asText().equals("pending_approval")) {
                throw new ReviewException(Kind.CONFLICT, "case " + caseId + " is " + current.path("status").asText()
                        + "; it is closed from pending_approval");
            }
            if (by.equals(current.path("submitted_by").asText())) {
                throw new ReviewException(Kind.FORBIDDEN, by + " submitted this case for approval; four eyes:"
                        + " someone else closes it");
            }
        }
        String submitter = status.equals("pending_approval") ? by : current.path("submitted_by").asText(null);
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE review_case SET status = ?, outcome = ?,"
                    + " submitted_by = ?, updated_at = ?, version = version + 1"
                    + " WHERE id = ? AND version = ? AND status <> 'closed'")) {
                ps.setString(1, status);
                ps.setString(2, outcome);
                ps.setString(3, submitter);
                ps.setString(4, Instant.now(clock).toString());
                ps.setLong(5, caseId);
                ps.setInt(6, version);
                if (ps.executeUpdate() == 0) {
                    throw new ReviewException(Kind.CONFLICT, "case " + caseId + " is closed or not at version "
                            + version + "; reload it");
                }
            }
            audit.appendIn(c, List.of(new AuditLog.Act("case", by, JsonNodeFactory.instance.objectNode()
                    .put("case_id", caseId).put("action", "moved").put("to", status).put("outcome", outcome))));
            return null;
        });
    }

    /** One line of the case list. */
    public record Summary(long id, String kind, String ref, String title, String status, String updatedAt) {
    }

    /** Cases, newest first. */
    public List<Summary> list(int limit) {
        return db.query("cannot list cases", "SELECT id, kind, ref, title, status, updated_at FROM review_case"
                + " ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY", ps -> { }, rs -> new Summary(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
    }

    /** The whole case as one document: the case, its alerts (with subjects) and its notes (attachments in base64). */
    public ObjectNode document(long caseId) {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        try (Connection c = db.connect()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, ref, title, status, outcome, created_by,"
                    + " created_at, updated_at, version, submitted_by FROM review_case WHERE id = ?")) {
                ps.setLong(1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new ReviewException(Kind.NOT_FOUND, "no case " + caseId);
                    }
                    doc.put("id", rs.getLong(1)).put("kind", rs.getString(2)).put("ref", rs.getString(3))
                            .put("title", rs.getString(4)).put("status", rs.getString(5))
                            .put("outcome", rs.getString(6)).put("created_by", rs.getString(7))
                            .put("created_at", rs.getString(8)).put("updated_at", rs.getString(9))
                            .put("version", rs.getInt(10)).put("submitted_by", rs.getString(11));
                }
            }
            ArrayNode list = doc.putArray("alerts");
            try (PreparedStatement ps = c.prepareStatement("SELECT alert_id FROM case_alert WHERE case_id = ?"
                    + " ORDER BY alert_id")) {
                ps.setLong(1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        alerts.get(rs.getLong(1)).ifPresent(a -> list.add(JSON.valueToTree(a.json())));
                    }
                }
            }
            ArrayNode notes = doc.putArray("notes");
            try (PreparedStatement ps = c.prepareStatement("SELECT author, at, text, attachment_name, attachment,"
                    + " attachment_sha256 FROM case_note WHERE case_id = ? ORDER BY id")) {
                ps.setLong(1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ObjectNode n = notes.addObject().put("author", rs.getString(1)).put("at", rs.getString(2))
                                .put("text", rs.getString(3));
                        byte[] bytes = rs.getBytes(5);
                        if (bytes != null) {
                            n.putObject("attachment").put("name", rs.getString(4))
                                    .put("sha256", rs.getString(6).strip())
                                    .put("base64", Base64.getEncoder().encodeToString(bytes));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read case " + caseId + ": " + e.getMessage(), e);
        }
        return doc;
    }

    private void requireCase(long caseId) {
        document(caseId);
    }

    private <T> T inTransaction(Database.Work<T> work) {
        return db.transaction("case change failed", work);
    }
}
