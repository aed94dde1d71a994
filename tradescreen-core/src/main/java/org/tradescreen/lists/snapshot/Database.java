package org.tradescreen.lists.snapshot;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

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

    /** Notes that this process wrote to the database, so closing it should compact an H2 file. */
    void markWritten() {
        written = true;
    }

    /**
     * Closes the pool. An embedded H2 file is compacted first: H2 writes append-only and would otherwise
     * keep every superseded page, growing several times larger than the data it holds. Only done after
     * a write, since it takes time in proportion to the file.
     */
    @Override
    public void close() {
        if (written && url.startsWith("jdbc:h2:file:")) {
            try (Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            } catch (SQLException ignored) {
                // compaction is an optimisation; the data is already committed
            }
        }
        pool.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
