package org.tradescreen.monitor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.lists.snapshot.StoreException;
import org.tradescreen.match.normalize.NameAnalyzer;

/**
 * The stored base of counterparties. Importing an id again replaces it; a counterparty whose data changed (by
 * {@link org.tradescreen.review.Subject#fingerprint}) waits for a new screen, one whose data is the same is left
 * as it is. Each counterparty keeps its name as the analyser reads it, so the index is rebuilt without analysing.
 */
public final class Counterparties {

    /** What one stored chunk did. */
    public record Upserted(List<Counterparty> added, List<Counterparty> changed, int unchanged,
                           List<Indexed> written) {
    }

    /** A counterparty as the index needs it: id, analysed name tokens, identifier. */
    public record Indexed(String id, String[] tokens, String identifier) {
    }

    private static final int IN_CHUNK = 500;
    private static final String COLUMNS = "id, name, type, country, dob, identifier";

    private final Database db;
    private final NameAnalyzer analyzer;
    private final Clock clock;

    public Counterparties(Database db, NameAnalyzer analyzer, Clock clock) {
        this.db = db;
        this.analyzer = analyzer;
        this.clock = clock;
    }

    /**
     * Stores a chunk in one transaction; within the chunk a repeated id keeps its last row.
     *
     * @param mayExist whether an id of the chunk may be stored already (false spares a lookup per id on a first
     *                 import into an empty base)
     */
    public Upserted upsert(List<Counterparty> rows, java.util.function.Predicate<String> mayExist) {
        Map<String, Counterparty> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.put(r.id(), r));
        Map<String, String> known = fingerprints(byId.keySet().stream().filter(mayExist).toList());
        List<Counterparty> added = new ArrayList<>();
        List<Counterparty> changed = new ArrayList<>();
        Map<String, String> fingerprints = new HashMap<>();
        for (Counterparty c : byId.values()) {
            String fingerprint = c.subject().fingerprint();
            String was = known.get(c.id());
            if (was == null) {
                added.add(c);
            } else if (!was.equals(fingerprint)) {
                changed.add(c);
            } else {
                continue;
            }
            fingerprints.put(c.id(), fingerprint);
        }
        String now = Instant.now(clock).toString();
        List<Counterparty> write = new ArrayList<>(added);
        write.addAll(changed);
        // analysing is most of an import's work, and each name is independent
        List<String> tokens = write.parallelStream().map(c -> String.join(" ", analyzer.analyze(c.name()).tokens()))
                .toList();
        db.transaction("cannot store counterparties", c -> {
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO counterparty (" + COLUMNS
                    + ", tokens, fingerprint, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement upd = c.prepareStatement("UPDATE counterparty SET name = ?, type = ?, country = ?,"
                         + " dob = ?, identifier = ?, tokens = ?, fingerprint = ?, imported_at = ?, screened_at = NULL"
                         + " WHERE id = ?")) {
                for (int i = 0; i < write.size(); i++) {
                    Counterparty p = write.get(i);
                    boolean isNew = i < added.size();
                    PreparedStatement ps = isNew ? ins : upd;
                    int k = 1;
                    if (isNew) {
                        ps.setString(k++, p.id());
                    }
                    ps.setString(k++, p.name());
                    ps.setString(k++, p.type());
                    ps.setString(k++, p.country());
                    ps.setString(k++, p.dob());
                    ps.setString(k++, p.identifier());
                    ps.setString(k++, tokens.get(i));
                    ps.setString(k++, fingerprints.get(p.id()));
                    ps.setString(k++, now);
                    if (!isNew) {
                        ps.setString(k, p.id());
                    }
                    ps.addBatch();
                }
                ins.executeBatch();
                upd.executeBatch();
            }
            return null;
        });
        List<Indexed> written = new ArrayList<>(write.size());
        for (int i = 0; i < write.size(); i++) {
            String t = tokens.get(i);
            written.add(new Indexed(write.get(i).id(), t.isEmpty() ? new String[0] : t.split(" "),
                    write.get(i).identifier()));
        }
        return new Upserted(added, changed, byId.size() - added.size() - changed.size(), written);
    }

    public int count() {
        return db.query("cannot count counterparties", "SELECT COUNT(*) FROM counterparty", ps -> { },
                rs -> rs.getInt(1)).get(0);
    }

    /** The counterparties of these ids that are stored. */
    public List<Counterparty> get(Collection<String> ids) {
        List<Counterparty> out = new ArrayList<>();
        List<String> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + IN_CHUNK));
            out.addAll(db.query("cannot read counterparties", "SELECT " + COLUMNS + " FROM counterparty WHERE id IN ("
                    + placeholders(chunk.size()) + ")", ps -> bind(ps, chunk), Counterparties::row));
        }
        return out;
    }

    /** A page of the base in id order, after {@code after} (null: from the start), names containing {@code text}. */
    public List<Counterparty> page(String after, String text, int limit) {
        String like = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(java.util.Locale.ROOT) + "%";
        return db.query("cannot read counterparties", "SELECT " + COLUMNS + " FROM counterparty WHERE id > ?"
                + (like == null ? "" : " AND LOWER(name) LIKE ?") + " ORDER BY id LIMIT " + limit, ps -> {
                    ps.setString(1, after == null ? "" : after);
                    if (like != null) {
                        ps.setString(2, like);
                    }
                }, Counterparties::row);
    }

    /** Ids of counterparties waiting for their first screen against every entry, at most {@code limit}. */
    public List<String> pending(int limit) {
        return db.query("cannot read counterparties", "SELECT id FROM counterparty WHERE screened_at IS NULL"
                + " ORDER BY id LIMIT " + limit, ps -> { }, rs -> rs.getString(1));
    }

    /** Those of {@code ids} waiting for their first screen. */
    public Set<String> pendingAmong(Collection<String> ids) {
        Set<String> out = new HashSet<>();
        List<String> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + IN_CHUNK));
            out.addAll(db.query("cannot read counterparties", "SELECT id FROM counterparty WHERE screened_at IS NULL"
                    + " AND id IN (" + placeholders(chunk.size()) + ")", ps -> bind(ps, chunk), rs -> rs.getString(1)));
        }
        return out;
    }

    public int pendingCount() {
        return db.query("cannot count counterparties", "SELECT COUNT(*) FROM counterparty WHERE screened_at IS NULL",
                ps -> { }, rs -> rs.getInt(1)).get(0);
    }

    /** Marks these counterparties screened against every entry, on the caller's connection. */
    static void markScreened(Connection c, Collection<String> ids, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE counterparty SET screened_at = ? WHERE id = ?")) {
            for (String id : ids) {
                ps.setString(1, at.toString());
                ps.setString(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Streams the whole base as the index needs it, without holding it in memory. */
    public void forEachIndexed(Consumer<Indexed> sink) {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false); // PostgreSQL streams a result only inside a transaction
            try (Statement s = c.createStatement()) {
                s.setFetchSize(10_000);
                try (ResultSet rs = s.executeQuery("SELECT id, tokens, identifier FROM counterparty ORDER BY id")) {
                    while (rs.next()) {
                        String tokens = rs.getString(2);
                        sink.accept(new Indexed(rs.getString(1), tokens.isEmpty() ? new String[0] : tokens.split(" "),
                                rs.getString(3)));
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot read counterparties: " + e.getMessage(), e);
        }
    }

    private Map<String, String> fingerprints(Collection<String> ids) {
        Map<String, String> out = new HashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + IN_CHUNK));
            db.query("cannot read counterparties", "SELECT id, fingerprint FROM counterparty WHERE id IN ("
                    + placeholders(chunk.size()) + ")", ps -> bind(ps, chunk),
                    rs -> Map.entry(rs.getString(1), rs.getString(2))).forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    static void bind(PreparedStatement ps, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setString(i + 1, values.get(i));
        }
    }

    private static Counterparty row(ResultSet rs) throws SQLException {
        return new Counterparty(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6));
    }
}
