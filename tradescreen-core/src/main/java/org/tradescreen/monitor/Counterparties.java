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
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.lists.snapshot.StoreException;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.match.normalize.NormalizedName;
import org.tradescreen.match.normalize.TokenKind;

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

    /** A counterparty as the index needs it: itself, and its name's analysed tokens and their kinds. */
    public record Indexed(Counterparty counterparty, String[] tokens, TokenKind[] kinds) {

        /** The tokens as stored: each word after a letter for its kind ("Nivanov Lllc"). */
        static String encode(NormalizedName name) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < name.size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(switch (name.kind(i)) {
                    case NAME -> 'N';
                    case LEGAL_FORM -> 'L';
                    case STOPWORD -> 'S';
                    case NUMBER -> 'D';
                }).append(name.token(i));
            }
            return sb.toString();
        }

        static Indexed decode(Counterparty counterparty, String stored) {
            String[] words = stored.isEmpty() ? new String[0] : stored.split(" ");
            String[] tokens = new String[words.length];
            TokenKind[] kinds = new TokenKind[words.length];
            for (int i = 0; i < words.length; i++) {
                kinds[i] = switch (words[i].charAt(0)) {
                    case 'N' -> TokenKind.NAME;
                    case 'L' -> TokenKind.LEGAL_FORM;
                    case 'S' -> TokenKind.STOPWORD;
                    default -> TokenKind.NUMBER;
                };
                tokens[i] = words[i].substring(1);
            }
            return new Indexed(counterparty, tokens, kinds);
        }
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
        List<String> tokens = write.parallelStream().map(c -> Indexed.encode(analyzer.analyze(c.name()))).toList();
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
            written.add(Indexed.decode(write.get(i), tokens.get(i)));
        }
        return new Upserted(added, changed, byId.size() - added.size() - changed.size(), written);
    }

    /**
     * Reads every stored name again with the current analyser and stores its words: after an upgrade changed how
     * names are read, words stored by the old one would find other counterparties than screening does.
     */
    public void reanalyze() {
        String after = null;
        while (true) {
            List<Counterparty> page = page(after, null, 10_000);
            if (page.isEmpty()) {
                return;
            }
            after = page.get(page.size() - 1).id();
            List<String> tokens = page.parallelStream().map(c -> Indexed.encode(analyzer.analyze(c.name()))).toList();
            db.transaction("cannot store counterparties' words", c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE counterparty SET tokens = ? WHERE id = ?")) {
                    for (int i = 0; i < page.size(); i++) {
                        ps.setString(1, tokens.get(i));
                        ps.setString(2, page.get(i).id());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return null;
            });
        }
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
    public List<Counterparty> page(@Nullable String after, @Nullable String text, int limit) {
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
                try (ResultSet rs = s.executeQuery("SELECT " + COLUMNS + ", tokens FROM counterparty ORDER BY id")) {
                    while (rs.next()) {
                        sink.accept(Indexed.decode(row(rs), rs.getString(7)));
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
