package org.tradescreen.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tradescreen.audit.AuditLog;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.lists.snapshot.StoreException;
import org.tradescreen.notify.Outbox;
import org.tradescreen.review.ReviewException.Kind;

/**
 * Alerts and their review, in the store's database. At most one live alert stands per (subject, list entry); a pair
 * the allow-list holds gets a {@code suppressed} record instead. Its review
 * follows the four-eyes rule, enforced here and not left to the pages: an analyst proposes, a supervisor who is not
 * the proposer confirms or sends back. Every change names the version it saw and fails with a conflict if the alert
 * moved meanwhile; the change and its audit record commit in one transaction.
 */
public final class Alerts {

    /** A possible match to raise: who, against which entry, how close, and from what. */
    public record Raise(Subject subject, String entityId, String entityName, @Nullable String entityHash, String listVersion,
                        double score, String origin, String reason, @Nullable String explanation)
            implements java.io.Serializable {

        /**
         * A hit on a subject; the entry's content hash is that of the entity the screen saw, and the hit's explanation
         * (aligned words, features) is kept for the reviewer.
         */
        public static Raise of(Subject subject, org.tradescreen.match.Hit hit, String listVersion, String origin,
                               String reason) {
            String hash = hit.entity() == null ? null
                    : org.tradescreen.lists.snapshot.EncodedEntity.of(hit.entity()).recordHash();
            String explanation;
            try {
                explanation = hit.explanation() == null ? null : SNAKE.writeValueAsString(hit.explanation());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("a hit's explanation is not JSON", e);
            }
            return new Raise(subject, hit.entityId(), hit.name(), hash, listVersion, hit.score(), origin, reason,
                    explanation);
        }
    }

    /** The explanation as the API shows it: snake_case. */
    private static final ObjectMapper SNAKE = new ObjectMapper()
            .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, subject_key, subject, counterparty_id, entity_id, entity_name,"
            + " entity_hash, list_version, score, origin, reason, status, disposition, reason_code, note, proposed_by,"
            + " decided_by, created_at, updated_at, version, allow_id, explanation";

    private final Database db;
    private final AuditLog audit;
    private final Clock clock;
    private final AllowList allowList;

    public Alerts(Database db, AuditLog audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
        this.allowList = new AllowList(db, audit, clock, this);
    }

    /** The allow-list these alerts are held by. */
    public AllowList allowList() {
        return allowList;
    }

    /**
     * Raises each possible match that has no alert yet; returns how many were new. All in one transaction; if
     * another writer raised one of them meanwhile (a unique-key clash), the batch is redone one alert at a time.
     */
    public int raise(List<Raise> raises) {
        if (raises.isEmpty()) {
            return 0;
        }
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                int created = insertNew(c, raises, false);
                c.commit();
                return created;
            } catch (SQLException e) {
                c.rollback();
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                c.setAutoCommit(true);
                return insertNew(c, raises, true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot raise alerts: " + e.getMessage(), e);
        }
    }

    private static final String UNIQUE_VIOLATION = "23505";

    private int insertNew(Connection c, List<Raise> raises, boolean skipClashes) throws SQLException {
        int created = 0;
        Instant now = Instant.now(clock);
        for (Raise r : raises) {
            String subjectKey = r.subject().fingerprint();
            Optional<Long> held = allowList.holding(c, subjectKey, r.entityId(), r.entityHash(), now);
            if (held.isEmpty() && exists(c, liveKey(subjectKey, r.entityId()))) {
                continue;
            }
            // One at a time (the retry after a clash runs in autocommit): the alert and its event commit together.
            boolean alone = c.getAutoCommit();
            if (alone) {
                c.setAutoCommit(false);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert (subject_key, subject,"
                    + " counterparty_id, entity_id, entity_name, entity_hash, list_version, score, origin, reason,"
                    + " status, created_at, updated_at, version, live_key, allow_id, explanation)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)", new String[] {"id"})) {
                ps.setString(1, subjectKey);
                ps.setString(2, r.subject().json().toString());
                ps.setString(3, r.subject().counterpartyId());
                ps.setString(4, r.entityId());
                ps.setString(5, r.entityName());
                ps.setString(6, r.entityHash());
                ps.setString(7, r.listVersion());
                ps.setDouble(8, r.score());
                ps.setString(9, r.origin());
                ps.setString(10, r.reason());
                ps.setString(11, (held.isPresent() ? AlertStatus.SUPPRESSED : AlertStatus.OPEN).code());
                ps.setString(12, now.toString());
                ps.setString(13, now.toString());
                ps.setString(14, held.isPresent() ? null : liveKey(subjectKey, r.entityId()));
                if (held.isPresent()) {
                    ps.setLong(15, held.get());
                } else {
                    ps.setNull(15, java.sql.Types.BIGINT);
                }
                ps.setString(16, r.explanation());
                ps.executeUpdate();
                if (held.isEmpty()) {
                    long id;
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    Outbox.enqueue(c, "alert.created", event(id, r, now), now);
                    created++;
                }
                if (alone) {
                    c.commit();
                }
            } catch (SQLException | RuntimeException e) {
                if (alone) {
                    c.rollback();
                }
                if (!skipClashes || !(e instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()))) {
                    throw e;
                }
                // raised a moment ago by another writer: the one alert stands
            } finally {
                if (alone) {
                    c.setAutoCommit(true);
                }
            }
        }
        return created;
    }

    /** What the webhooks are told of a new alert: who, which entry, how close; not the subject's details. */
    private static ObjectNode event(long id, Raise r, Instant now) {
        return JsonNodeFactory.instance.objectNode().put("id", id)
                .put("counterparty_id", r.subject().counterpartyId())
                .put("entity_id", r.entityId())
                .put("entity_name", r.entityName())
                .put("score", r.score())
                .put("status", AlertStatus.OPEN.code())
                .put("reason", r.reason())
                .put("origin", r.origin())
                .put("list_version", r.listVersion())
                .put("created_at", now.toString());
    }

    /** What makes two live alerts the same: subject and list entry. */
    private static String liveKey(String subjectKey, String entityId) {
        return subjectKey + "|" + entityId;
    }

    private static boolean exists(Connection c, String liveKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM alert WHERE live_key = ?")) {
            ps.setString(1, liveKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    public Optional<Alert> get(long id) {
        return query("SELECT " + COLUMNS + " FROM alert WHERE id = ?", id, null).stream().findFirst();
    }

    /** Alerts, newest first; only those in {@code status} when given. */
    public List<Alert> list(@Nullable AlertStatus status, int limit) {
        return status == null
                ? query("SELECT " + COLUMNS + " FROM alert ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY", null, null)
                : query("SELECT " + COLUMNS + " FROM alert WHERE status = ? ORDER BY id DESC FETCH FIRST " + limit
                        + " ROWS ONLY", null, status.code());
    }

    /** An analyst or supervisor takes an open or escalated alert into review. */
    public Alert claim(long id, User user, int version) {
        requireReviewer(user);
        return change(id, user, version, "claimed", a -> {
            requireStatus(a, AlertStatus.OPEN, AlertStatus.ESCALATED, AlertStatus.ENTITY_DELISTED,
                    AlertStatus.NO_LONGER_MATCHES);
            return new Change(AlertStatus.IN_REVIEW, a.disposition(), a.reasonCode(), a.note(), a.proposedBy(), null);
        });
    }

    /** An analyst or supervisor proposes what the alert is, with a reason from the fixed list. */
    public Alert propose(long id, User user, int version, Disposition disposition, ReasonCode reason, @Nullable String note) {
        requireReviewer(user);
        if (reason.disposition() != disposition) {
            throw new IllegalArgumentException("reason_code " + reason.code() + " supports "
                    + reason.disposition().code() + ", not " + disposition.code());
        }
        return change(id, user, version, "proposed", a -> {
            requireStatus(a, AlertStatus.OPEN, AlertStatus.IN_REVIEW, AlertStatus.ESCALATED,
                    AlertStatus.ENTITY_DELISTED, AlertStatus.NO_LONGER_MATCHES);
            return new Change(AlertStatus.PROPOSED, disposition, reason, note, user.name(), null);
        });
    }

    /**
     * A supervisor other than the proposer confirms: a match is a confirmed match, a false positive is cleared, an
     * inconclusive finding is escalated.
     */
    public Alert confirm(long id, User user, int version, @Nullable String note) {
        requireSecondPair(user);
        return change(id, user, version, "confirmed", a -> {
            requireStatus(a, AlertStatus.PROPOSED);
            requireOtherThanProposer(a, user);
            AlertStatus to = switch (a.disposition()) {
                case MATCH -> AlertStatus.CONFIRMED_MATCH;
                case FALSE_POSITIVE, NOT_LISTED -> AlertStatus.CLEARED;
                case INCONCLUSIVE -> AlertStatus.ESCALATED;
            };
            return new Change(to, a.disposition(), a.reasonCode(), note != null ? note : a.note(), a.proposedBy(),
                    user.name());
        });
    }

    /** A supervisor other than the proposer sends the proposal back for more review. */
    public Alert sendBack(long id, User user, int version, @Nullable String note) {
        requireSecondPair(user);
        return change(id, user, version, "sent back", a -> {
            requireStatus(a, AlertStatus.PROPOSED);
            requireOtherThanProposer(a, user);
            return new Change(AlertStatus.IN_REVIEW, null, null, note, null, null);
        });
    }

    /** An analyst or supervisor escalates a live alert. */
    public Alert escalate(long id, User user, int version, @Nullable String note) {
        requireReviewer(user);
        return change(id, user, version, "escalated", a -> {
            requireStatus(a, AlertStatus.OPEN, AlertStatus.IN_REVIEW, AlertStatus.PROPOSED,
                    AlertStatus.ENTITY_DELISTED, AlertStatus.NO_LONGER_MATCHES);
            return new Change(AlertStatus.ESCALATED, a.disposition(), a.reasonCode(), note, a.proposedBy(), null);
        });
    }

    private record Change(AlertStatus status, @Nullable Disposition disposition, @Nullable ReasonCode reasonCode, @Nullable String note,
                          @Nullable String proposedBy, @Nullable String decidedBy) {
    }

    @FunctionalInterface
    private interface Transition {
        Change apply(Alert current);
    }

    /**
     * Reads the alert, checks the version the user saw, applies the transition and writes it only if nobody else
     * did first ({@code WHERE version = ?}); the audit record commits with it.
     */
    private Alert change(long id, User user, int version, String action, Transition transition) {
        Alert a = get(id).orElseThrow(() -> new ReviewException(Kind.NOT_FOUND, "no alert " + id));
        if (a.version() != version) {
            throw new ReviewException(Kind.CONFLICT, "alert " + id + " is at version " + a.version() + ", not "
                    + version + ": someone changed it since you read it; reload and decide again");
        }
        Change ch = transition.apply(a);
        String now = Instant.now(clock).toString();
        db.transaction("cannot change alert " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE alert SET status = ?, disposition = ?,"
                    + " reason_code = ?, note = ?, proposed_by = ?, decided_by = ?, updated_at = ?,"
                    + " version = version + 1, live_key = ? WHERE id = ? AND version = ?")) {
                ps.setString(1, ch.status().code());
                ps.setString(2, ch.disposition() == null ? null : ch.disposition().code());
                ps.setString(3, ch.reasonCode() == null ? null : ch.reasonCode().code());
                ps.setString(4, ch.note());
                ps.setString(5, ch.proposedBy());
                ps.setString(6, ch.decidedBy());
                ps.setString(7, now);
                // a closed alert no longer stands in the way of a new one on the same pair
                ps.setString(8, ch.status().live() ? liveKey(a.subjectKey(), a.entityId()) : null);
                ps.setLong(9, id);
                ps.setInt(10, version);
                if (ps.executeUpdate() == 0) {
                    throw new ReviewException(Kind.CONFLICT, "alert " + id + " was changed by someone else just"
                            + " now; reload and decide again");
                }
            }
            ObjectNode p = JsonNodeFactory.instance.objectNode().put("alert_id", id).put("action", action)
                    .put("from", a.status().code()).put("to", ch.status().code())
                    .put("entity_id", a.entityId()).put("subject_key", a.subjectKey())
                    .put("disposition", ch.disposition() == null ? null : ch.disposition().code())
                    .put("reason_code", ch.reasonCode() == null ? null : ch.reasonCode().code())
                    .put("note", ch.note()).put("version", version + 1);
            return audit.appendIn(c, List.of(new AuditLog.Act("alert", user.name(), p)));
        });
        return get(id).orElseThrow();
    }

    /** Who the audit trail names for the changes monitoring makes on its own. */
    public static final String MONITORING = "monitoring";

    /**
     * The entries left the lists: their live alerts, from any origin, move to {@code entity_delisted} for a reviewer
     * to lift. Returns how many moved.
     */
    public int delisted(java.util.Collection<String> entityIds, String listVersion) {
        return system("entity_id", List.copyOf(entityIds), null, AlertStatus.ENTITY_DELISTED, "entity delisted",
                "the entry is no longer on the list as of " + listVersion);
    }

    /**
     * The entries changed and no longer match these counterparties (a matching alias dropped, say): their live
     * alerts move to {@code no_longer_matches}, to be cleared through review, never silently.
     */
    public int noLongerMatching(List<java.util.Map.Entry<String, String>> counterpartyEntity, String listVersion) {
        List<String> entityIds = counterpartyEntity.stream().map(java.util.Map.Entry::getValue).toList();
        java.util.Set<String> pairs = new java.util.HashSet<>();
        counterpartyEntity.forEach(p -> pairs.add(p.getKey() + "\u0000" + p.getValue()));
        return system("entity_id", entityIds, a -> pairs.contains(a.counterpartyId() + "\u0000" + a.entityId()),
                AlertStatus.NO_LONGER_MATCHES, "no longer matches",
                "the entry changed as of " + listVersion + " and no longer matches this counterparty");
    }

    /**
     * A counterparty was imported again with other data: its live alerts about the old data are superseded (the
     * new data is screened afresh and raises its own).
     */
    public int superseded(String counterpartyId, String currentFingerprint) {
        return system("counterparty_id", List.of(counterpartyId), a -> !a.subjectKey().equals(currentFingerprint),
                AlertStatus.SUPERSEDED, "superseded", "the counterparty was imported again with other data");
    }

    /**
     * Moves the live alerts whose {@code column} is one of {@code values} (and that {@code which} accepts) to
     * {@code to}, each with its audit record, in one transaction.
     */
    private int system(String column, List<String> values, java.util.function.@Nullable Predicate<Alert> which, AlertStatus to,
                       String action, String note) {
        if (values.isEmpty()) {
            return 0;
        }
        String live = java.util.Arrays.stream(AlertStatus.values()).filter(AlertStatus::live)
                .map(st -> "'" + st.code() + "'").collect(java.util.stream.Collectors.joining(", "));
        List<String> distinct = List.copyOf(new java.util.LinkedHashSet<>(values));
        String now = Instant.now(clock).toString();
        return db.transaction("cannot move alerts to " + to.code(), c -> {
            int moved = 0;
            for (int i = 0; i < distinct.size(); i += 500) {
                List<String> chunk = distinct.subList(i, Math.min(distinct.size(), i + 500));
                List<Alert> found = Database.query(c, "SELECT " + COLUMNS + " FROM alert WHERE " + column + " IN ("
                        + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ") AND status IN ("
                        + live + ")", ps -> {
                            for (int k = 0; k < chunk.size(); k++) {
                                ps.setString(k + 1, chunk.get(k));
                            }
                        }, Alerts::alert);
                List<AuditLog.Act> acts = new java.util.ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("UPDATE alert SET status = ?, note = ?, updated_at = ?,"
                        + " version = version + 1, live_key = ? WHERE id = ? AND version = ?")) {
                    for (Alert a : found) {
                        if (a.status() == to || (which != null && !which.test(a))) {
                            continue;
                        }
                        ps.setString(1, to.code());
                        ps.setString(2, note);
                        ps.setString(3, now);
                        ps.setString(4, to.live() ? liveKey(a.subjectKey(), a.entityId()) : null);
                        ps.setLong(5, a.id());
                        ps.setInt(6, a.version());
                        if (ps.executeUpdate() == 1) {
                            moved++;
                            acts.add(new AuditLog.Act("alert", MONITORING, JsonNodeFactory.instance.objectNode()
                                    .put("alert_id", a.id()).put("action", action).put("from", a.status().code())
                                    .put("to", to.code()).put("entity_id", a.entityId())
                                    .put("subject_key", a.subjectKey()).put("note", note)
                                    .put("version", a.version() + 1)));
                        }
                    }
                }
                if (!acts.isEmpty()) {
                    audit.appendIn(c, acts);
                }
            }
            return moved;
        });
    }

    private static void requireReviewer(User user) {
        if (!user.role().canReview()) {
            throw new ReviewException(Kind.FORBIDDEN, user.name() + " is " + user.role().code()
                    + "; only analysts and supervisors review alerts");
        }
    }

    private static void requireSecondPair(User user) {
        if (!user.role().canConfirm()) {
            throw new ReviewException(Kind.FORBIDDEN, user.name() + " is " + user.role().code()
                    + "; only a supervisor confirms or sends back a proposal");
        }
    }

    private static void requireOtherThanProposer(Alert a, User user) {
        if (user.name().equals(a.proposedBy())) {
            throw new ReviewException(Kind.FORBIDDEN, user.name() + " proposed this; four eyes: another supervisor"
                    + " must confirm or send it back");
        }
    }

    private static void requireStatus(Alert a, AlertStatus... allowed) {
        for (AlertStatus s : allowed) {
            if (a.status() == s) {
                return;
            }
        }
        throw new ReviewException(Kind.CONFLICT, "alert " + a.id() + " is " + a.status().code() + "; that action"
                + " needs it " + java.util.Arrays.stream(allowed).map(AlertStatus::code)
                .collect(java.util.stream.Collectors.joining(" or ")));
    }

    private List<Alert> query(String sql, @Nullable Long id, @Nullable String text) {
        return db.query("cannot read alerts", sql, ps -> {
            if (id != null) {
                ps.setLong(1, id);
            } else if (text != null) {
                ps.setString(1, text);
            }
        }, Alerts::alert);
    }

    private static Alert alert(ResultSet rs) throws SQLException {
        JsonNode subject;
        try {
            subject = JSON.readTree(rs.getString(3));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException("alert " + rs.getLong(1) + " has a damaged subject", e);
        }
        String hash = rs.getString(7);
        String disposition = rs.getString(13);
        String reason = rs.getString(14);
        Long allow = rs.getObject(21) == null ? null : rs.getLong(21);
        JsonNode explanation;
        try {
            explanation = rs.getString(22) == null ? null : JSON.readTree(rs.getString(22));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException("alert " + rs.getLong(1) + " has a damaged explanation", e);
        }
        return new Alert(rs.getLong(1), rs.getString(2).strip(), subject, rs.getString(4), rs.getString(5),
                rs.getString(6), hash == null ? null : hash.strip(), rs.getString(8), rs.getDouble(9), rs.getString(10),
                rs.getString(11), AlertStatus.of(rs.getString(12)), disposition == null ? null : Disposition.of(disposition),
                reason == null ? null : ReasonCode.of(reason), rs.getString(15), rs.getString(16), rs.getString(17),
                rs.getString(18), rs.getString(19), rs.getInt(20), allow, explanation);
    }
}
