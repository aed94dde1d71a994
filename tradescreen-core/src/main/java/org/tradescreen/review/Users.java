package org.tradescreen.review;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.jspecify.annotations.Nullable;
import org.tradescreen.audit.AuditLog;
import org.tradescreen.io.Sha256;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.lists.snapshot.StoreException;

/**
 * Users and their API keys. A key is shown once, when made, and stored only as a PBKDF2-HMAC-SHA256 hash
 * (600,000 iterations, OWASP's figure for it; the JDK's own implementation) with a random salt, so a copy of the
 * database yields no key. A key checked once is remembered (by its SHA-256) for a few minutes, so a busy reviewer
 * does not pay the slow hash on every request. Every user added is an audit record.
 */
public final class Users {

    private static final int ITERATIONS = 600_000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final AuditLog audit;
    private final Clock clock;
    private final Cache<String, User> checked = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(5)).build();

    public Users(Database db, AuditLog audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a user and returns their new API key, which is not stored and cannot be shown again. */
    public String add(String name, Role role, String by) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("user name: 1 to 100 letters, digits and . _ @ -, got '" + name + "'");
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String key = "tsk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String hash = "pbkdf2-sha256$" + ITERATIONS + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(pbkdf2(key, salt, ITERATIONS));
        try {
            db.transaction("cannot add user " + name, c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO app_user"
                        + " (name, role, key_id, key_hash, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, name);
                    ps.setString(2, role.code());
                    ps.setString(3, keyId(key));
                    ps.setString(4, hash);
                    ps.setString(5, Instant.now(clock).toString());
                    ps.setString(6, by);
                    ps.executeUpdate();
                }
                return audit.appendIn(c, List.of(new AuditLog.Act("user", by, JsonNodeFactory.instance.objectNode()
                        .put("action", "added").put("user", name).put("role", role.code()))));
            });
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                throw new IllegalArgumentException("a user named " + name + " already exists");
            }
            throw e;
        }
        return key;
    }

    public Optional<User> find(String name) {
        return query("SELECT name, role FROM app_user WHERE name = ?", name).stream().findFirst();
    }

    public List<User> all() {
        return query("SELECT name, role FROM app_user ORDER BY name", null);
    }

    /** The user a key belongs to, or empty for an unknown or wrong key. */
    public Optional<User> authenticate(@Nullable String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        String fingerprint = HexFormat.of().formatHex(sha256(key));
        User known = checked.getIfPresent(fingerprint);
        if (known != null) {
            return Optional.of(known);
        }
        List<String[]> rows = db.query("cannot check a key", "SELECT name, role, key_hash FROM app_user"
                + " WHERE key_id = ?", ps -> ps.setString(1, keyId(key)),
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        if (rows.isEmpty() || !matches(key, rows.get(0)[2])) {
            return Optional.empty();
        }
        User user = new User(rows.get(0)[0], Role.of(rows.get(0)[1]));
        checked.put(fingerprint, user);
        return Optional.of(user);
    }

    private static boolean matches(String key, String stored) {
        String[] parts = stored.split("\\$");
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = pbkdf2(key, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] pbkdf2(String key, byte[] salt, int iterations) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(key.toCharArray(), salt, iterations, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK always has PBKDF2WithHmacSHA256", e);
        }
    }

    private static String keyId(String key) {
        return HexFormat.of().formatHex(sha256(key)).substring(0, 16);
    }

    private static byte[] sha256(String text) {
        return Sha256.of(text);
    }

    private List<User> query(String sql, @Nullable String arg) {
        return db.query("cannot read users", sql, ps -> {
            if (arg != null) {
                ps.setString(1, arg);
            }
        }, rs -> new User(rs.getString(1), Role.of(rs.getString(2))));
    }
}
