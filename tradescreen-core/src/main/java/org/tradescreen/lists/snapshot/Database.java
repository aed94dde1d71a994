package org.tradescreen.lists.snapshot;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;

/**
 * Where the snapshot store lives: a JDBC URL behind a small connection pool, migrated to the current
 * schema when opened. The embedded default is an H2 file database in the data directory (no set-up);
 * a team points {@code --db} at PostgreSQL. Both run the same migrations from {@code db/migration}.
 * The pool matters: opening an H2 file or a PostgreSQL session per query costs milliseconds each.
 *
 * <p>A database can go away (PostgreSQL restarted, the network cut). The pool is set to notice within seconds
 * rather than its defaults' 30 s ({@link #CONNECTION_TIMEOUT}, {@link #VALIDATION_TIMEOUT}), and it makes new
 * connections by itself when the database returns. A long-running process (the server) calls {@link #watch}: a
 * background check keeps {@link #unavailable()} current, and while the database is known to be unreachable
 * {@link #connect()} fails at once with an {@link UnreachableException} instead of making each caller wait for
 * the pool's timeout; the first check that succeeds opens it again. {@link #unreachable(Throwable)} tells such a
 * failure from any other, for whoever has to answer it (a 503 at the API).
 */
public final class Database implements AutoCloseable {

    /** How long a caller waits for a connection before failing (HikariCP's default is 30 s). */
    public static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);
    /** How long checking that a pooled connection is alive may take (HikariCP's default is 5 s). */
    public static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(1);
    /** How often an idle pooled connection is checked, so a cut one is dropped before anyone borrows it. */
    public static final Duration KEEPALIVE = Duration.ofSeconds(30);

    /** Since when, and why, the database has been unreachable. */
    public record Outage(Instant since, String reason) {
    }

    /**
     * Thrown by {@link #connect()} while a {@link #watch watched} database is known to be unreachable; a
     * connection failure (SQLState 08001), so it passes through every caller as their SQL failures do.
     */
    public static final class UnreachableException extends SQLTransientConnectionException {
        public UnreachableException(Outage outage) {
            super("the database is unreachable since " + outage.since() + ": " + outage.reason(), "08001");
        }
    }

    private final String url;
    private final HikariDataSource pool;
    private volatile boolean written;
    private volatile @Nullable Outage outage;
    private volatile @Nullable ScheduledExecutorService watcher;
    private final Clock clock = Clock.systemUTC();

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
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(VALIDATION_TIMEOUT.toMillis());
        config.setKeepaliveTime(KEEPALIVE.toMillis());
        if (url.startsWith("jdbc:postgresql:")) {
            // Unless the URL says otherwise: give up on an unanswered connect in seconds, and have the operating
            // system probe idle connections, so one cut without a word (a dead peer) is found out.
            if (!url.contains("connectTimeout=")) {
                config.addDataSourceProperty("connectTimeout", String.valueOf(CONNECTION_TIMEOUT.toSeconds()));
            }
            if (!url.contains("tcpKeepAlive=")) {
                config.addDataSourceProperty("tcpKeepAlive", "true");
            }
            // Batched inserts as multi-row INSERTs: a bulk load sends a few statements per thousand rows, not one each.
            if (!url.contains("reWriteBatchedInserts=")) {
                config.addDataSourceProperty("reWriteBatchedInserts", "true");
            }
        }
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

    /**
     * A pooled connection. While a {@link #watch watched} database is known to be unreachable this fails at once
     * with an {@link UnreachableException}; a connection that cannot be had because the database is unreachable
     * marks it so.
     */
    public Connection connect() throws SQLException {
        Outage known = outage;
        if (known != null && watcher != null) {
            throw new UnreachableException(known);
        }
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            if (unreachable(e)) {
                down(e);
            }
            throw e;
        }
    }

    /**
     * Checks the database every {@code every} on a daemon thread from now until {@link #close}, keeping
     * {@link #unavailable()} current and {@link #connect()} failing fast while it is unreachable. Watching an
     * already watched database changes nothing.
     */
    public synchronized Database watch(Duration every) {
        if (watcher != null) {
            return this; // one watch is enough, however many servers share the database
        }
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tradescreen-store-watch");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::check, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        watcher = thread;
        return this;
    }

    /** One check: a connection from the pool (which validates it) and a round trip. */
    private void check() {
        try (Connection c = pool.getConnection()) {
            if (!c.isValid((int) VALIDATION_TIMEOUT.toSeconds())) {
                throw new SQLTransientConnectionException("the connection is closed or did not answer within "
                        + VALIDATION_TIMEOUT.toSeconds() + " s", "08006");
            }
            if (outage != null) {
                System.err.println("tradescreen: the database is reachable again (unreachable since "
                        + outage.since() + ")");
            }
            outage = null;
        } catch (SQLException e) {
            down(e);
        } catch (RuntimeException e) {
            down(new SQLTransientConnectionException(String.valueOf(e.getMessage()), "08006", e));
        }
    }

    private void down(SQLException e) {
        if (outage == null) {
            outage = new Outage(clock.instant(), String.valueOf(rootMessage(e)));
            System.err.println("tradescreen: the database is unreachable: " + outage.reason());
        }
    }

    /** Since when and why the database is unreachable, as far as this process knows; empty while it is not. */
    public Optional<Outage> unavailable() {
        return Optional.ofNullable(outage);
    }

    /**
     * What went wrong, in one line: a full disk said as such (H2 buries "No space left on device" under two
     * layers of "General error"), else the failure's own message.
     */
    public static String reason(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("Disk quota exceeded"))) {
                return "the disk is full (" + (m.contains("quota") ? "disk quota exceeded" : "no space left on device")
                        + "); nothing of this write was kept";
            }
        }
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * Whether {@code e} (or a cause of it) says the database could not be reached or the connection was lost
     * (SQLState class 08), or that the server is shutting down or starting (57P01-57P03), as opposed to a query
     * the database refused.
     */
    public static boolean unreachable(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLException s) {
                for (SQLException x = s; x != null; x = x.getNextException()) {
                    String state = x.getSQLState();
                    if (state != null && (state.startsWith("08") || state.matches("57P0[123]"))) {
                        return true;
                    }
                }
            }
        }
        return false;
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

    /**
     * Makes what {@code c} committed durable before the caller reports it. PostgreSQL's commit already is; an
     * embedded H2 file writes committed changes in the background (up to a second later), so a full disk would be
     * found only after "loaded" was said, and the version would be gone when the store is next opened. On H2 this
     * writes and syncs the file now, failing (ENOSPC, say) while the caller can still fail the operation; the file
     * keeps its last good state, which the next open reads.
     */
    public void sync(Connection c) throws SQLException {
        if (url.startsWith("jdbc:h2:file:")) {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
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
        synchronized (this) {
            if (watcher != null) {
                watcher.shutdownNow();
            }
        }
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
