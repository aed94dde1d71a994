package org.tradescreen.notify;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.snapshot.Database;

/**
 * The receivers new alerts are posted to. A receiver is never deleted, only made inactive, so that the outbox rows
 * that name it keep their meaning (and their history); an inactive receiver is sent nothing more.
 */
public final class Webhooks {

    /** One receiver. Its {@code toString} leaves the secret out, so a log line cannot leak it. */
    public record Webhook(long id, String url, String secret, String createdAt, boolean active) {
        @Override
        public String toString() {
            return "Webhook[id=" + id + ", url=" + url + ", createdAt=" + createdAt + ", active=" + active + "]";
        }
    }

    static final int MAX_URL = 2000;
    private static final int MIN_SECRET = 16;
    private static final int MAX_SECRET = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final Clock clock;

    public Webhooks(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Adds an active receiver. {@code secret} null makes one (32 random bytes, hex); the caller shows it once, since
     * the receiver needs it to check signatures.
     *
     * @throws IllegalArgumentException when the URL is not an absolute http(s) URL, or the secret is unfit
     */
    public Webhook add(String url, @Nullable String secret) {
        String u = checkUrl(url);
        String s = secret == null ? newSecret() : checkSecret(secret);
        String now = Instant.now(clock).toString();
        long id = db.transaction("cannot add webhook " + u, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO webhook (url, secret, created_at, active)"
                    + " VALUES (?, ?, ?, TRUE)", new String[] {"id"})) {
                ps.setString(1, u);
                ps.setString(2, s);
                ps.setString(3, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new Webhook(id, u, s, now, true);
    }

    /** Every receiver, active or not, oldest first. */
    public List<Webhook> list() {
        return db.query("cannot read webhooks", "SELECT id, url, secret, created_at, active FROM webhook ORDER BY id",
                ps -> { }, Webhooks::webhook);
    }

    /**
     * Makes a receiver inactive: nothing more is sent to it, including what its outbox still holds. Removing an
     * inactive one again changes nothing.
     *
     * @throws IllegalArgumentException when there is no such webhook
     */
    public void remove(long id) {
        int found = db.transaction("cannot remove webhook " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE webhook SET active = FALSE WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
        if (found == 0) {
            throw new IllegalArgumentException("no webhook " + id);
        }
    }

    private static Webhook webhook(ResultSet rs) throws SQLException {
        return new Webhook(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5));
    }

    /** An absolute http or https URL with a host; anything else could never be delivered to. */
    static String checkUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("webhook URL: give an absolute http or https URL");
        }
        String u = url.strip();
        if (u.length() > MAX_URL) {
            throw new IllegalArgumentException("webhook URL: at most " + MAX_URL + " characters, got " + u.length());
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("webhook URL '" + u + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new IllegalArgumentException("webhook URL '" + u + "' must be an absolute http or https URL,"
                    + " such as https://hooks.example.com/tradescreen");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("webhook URL '" + u + "' has no host");
        }
        return u;
    }

    /** A given secret: long enough to be worth signing with, and printable, so it can be pasted into a receiver. */
    private static String checkSecret(String secret) {
        if (secret.length() < MIN_SECRET || secret.length() > MAX_SECRET) {
            throw new IllegalArgumentException("webhook secret: " + MIN_SECRET + " to " + MAX_SECRET
                    + " characters, got " + secret.length() + " (leave it out to have one made)");
        }
        if (!secret.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f)) {
            throw new IllegalArgumentException("webhook secret: printable ASCII without spaces only");
        }
        return secret;
    }

    private static String newSecret() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return HexFormat.of().formatHex(raw);
    }
}
