package org.tradescreen.lists.snapshot;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * Where the snapshot store lives: a JDBC URL, migrated to the current schema when opened. The embedded
 * default is an H2 file database in the data directory (no set-up); a team points {@code --db} at
 * PostgreSQL. Both run the same migrations from {@code db/migration}.
 */
public final class Database {

    private final String url;

    private Database(String url) {
        this.url = url;
    }

    /** Opens and migrates the database at {@code url}. */
    public static Database open(String url) {
        Database db = new Database(url);
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load()
                .migrate();
        return db;
    }

    /** The embedded H2 file database in a data directory. */
    public static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("store").toString().replace('\\', '/')
                + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    public String url() {
        return url;
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }
}
