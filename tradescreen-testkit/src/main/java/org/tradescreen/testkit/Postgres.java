package org.tradescreen.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL the store tests use: the {@code tradescreen.test.pg} system property, else the local one
 * (127.0.0.1:5432, database test, user postgres). Each test gets a schema of its own.
 */
public final class Postgres {

    private Postgres() {
    }

    public static String url() {
        String configured = System.getProperty("tradescreen.test.pg");
        return configured == null || configured.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"
                : configured;
    }

    /**
     * The URL of a new, empty schema, dropped when the test JVM ends. Skips the calling test when there is no
     * PostgreSQL ({@link Requirement#POSTGRES}).
     */
    public static String freshSchema() throws SQLException {
        Requirement.POSTGRES.assume();
        String base = url();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(base, schema)));
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void drop(String base, String schema) {
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException ignored) {
            // the database is going away with the test run; a leftover schema is harmless
        }
    }
}
