package org.tradescreen.lists.snapshot;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;

/**
 * Where the snapshot store lives: a JDBC URL behind a small connection pool, migrated to the current
 * schema when opened. The embedded default is an H2 file database in the data directory (no set-up);
 * a team points {@code --db} at PostgreSQL. Both run the same migrations from {@code db/migration}.
 * The pool matters: opening an H2 file or a PostgreSQL session per query costs milliseconds each.
 */
public final class Database implements AutoCloseable {

    private final String url;
    private final HikariDataSource pool;
    private volatile boolean written;

    private Database(String url, HikariDataSource pool) {
        this.url = url;
        this.pool = pool;
    }

    /** Opens and migrates the database at {@code url}. */
    public static Database open(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setPoolName("tradescreen-store");
        config.setInitializationFailTimeout(-1);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure()
                    .dataSource(pool)
                    // Migrations for both databases, and on PostgreSQL what only it has (the audit trigger).
                    .locations(url.startsWith("jdbc:postgresql:")
                            ? new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"}
                            : new String[] {"classpath:db/migration"})
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("cannot open the snapshot database " + url + ": " + rootMessage(e), e);
        }
        return new Database(url, pool);
    }

    /** The embedded H2 file database in a data directory. */
    public static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("store").toString().replace('\\', '/');
    }

    public String url() {
        return url;
    }

    public Connection connect() throws SQLException {
        return pool.getConnection();
    }

    /** Sets a statement's parameters. */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Reads one row. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Work done on one connection inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Every row of a query, read on a pooled connection; a failure names {@code what} failed. */
    public <T> List<T> query(String what, String sql, Binder binder, RowReader<T> reader) {
        try (Connection c = connect()) {
            return query(c, sql, binder, reader);
        } catch (SQLException e) {
            throw new StoreException(what + ": " + e.getMessage(), e);
        }
    }

    /** Every row of a query on the caller's connection (inside its transaction). */
    public static <T> List<T> query(Connection c, String sql, Binder binder, RowReader<T> reader) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
                return out;
            }
        }
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws (a runtime
     * exception passes through as it is; an SQL failure becomes a StoreException naming {@code what} failed).
     */
    public <T> T transaction(String what, Work<T> work) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                markWritten();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(what + ": " + e.getMessage(), e);
        }
    }

    /** Notes that this process wrote to the database, so closing it should compact an H2 file. */
    void markWritten() {
        written = true;
    }

    /**
     * Closes the pool. An embedded H2 file that has become mostly superseded pages is compacted first: H2 writes
     * append-only and would otherwise grow several times larger than the data it holds. Compaction rewrites the
     * whole file, so it is done only after a write and only when under half of the file is live: a small write to
     * a large store (a list load beside a million counterparties) does not pay for rewriting all of it.
     */
    @Override
    public void close() {
        if (written && url.startsWith("jdbc:h2:file:")) {
            try (Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
                if (chunksFillRate(s) < MIN_FILL_RATE) {
                    s.execute("SHUTDOWN COMPACT");
                }
            } catch (SQLException ignored) {
                // compaction is an optimisation; the data is already committed
            }
        }
        pool.close();
    }

    /** Below this share of live data (percent) in an H2 file, closing compacts it. */
    private static final int MIN_FILL_RATE = 50;

    private static int chunksFillRate(java.sql.Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) {
            return rs.next() ? Integer.parseInt(rs.getString(1).strip()) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static @Nullable String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
