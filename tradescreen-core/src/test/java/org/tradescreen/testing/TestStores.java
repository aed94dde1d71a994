package org.tradescreen.testing;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;
import org.tradescreen.lists.snapshot.Database;

/**
 * The two real databases the store runs on, fresh for each test: an H2 file database in a temporary
 * folder, and a new schema in the local PostgreSQL (127.0.0.1:5432, database test; the
 * {@code tradescreen.test.pg} system property overrides the URL). No mocks: the same tests run on both.
 */
public final class TestStores {

    private TestStores() {
    }

    /** The backend names, for {@code @MethodSource}. */
    public static Stream<String> backends() {
        return Stream.of("h2", "postgres");
    }

    /** A fresh, migrated database of the named backend. */
    public static Database fresh(String backend) throws Exception {
        return switch (backend) {
            case "h2" -> Database.open(Database.embeddedUrl(Files.createTempDirectory("tradescreen-h2")));
            case "postgres" -> Database.open(freshPostgresSchema());
            default -> throw new IllegalArgumentException(backend);
        };
    }

    public static String postgresUrl() {
        return System.getProperty("tradescreen.test.pg", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    }

    private static void dropSchema(String base, String schema) {
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException ignored) {
            // the database is going away with the test run; a leftover schema is harmless
        }
    }

    private static String freshPostgresSchema() throws SQLException {
        String base = postgresUrl();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchema(base, schema)));
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
