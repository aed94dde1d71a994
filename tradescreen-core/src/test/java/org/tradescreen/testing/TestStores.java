package org.tradescreen.testing;

import java.nio.file.Files;
import java.util.stream.Stream;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.testkit.Postgres;

/**
 * The two real databases the store runs on, fresh for each test: an H2 file database in a temporary
 * folder, and a new schema in the local PostgreSQL (127.0.0.1:5432, database test; the
 * {@code tradescreen.test.pg} system property overrides the URL). No mocks: the same tests run on both. Without a
 * PostgreSQL the second run of each test is skipped with the reason.
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
            case "postgres" -> Database.open(Postgres.freshSchema());
            default -> throw new IllegalArgumentException(backend);
        };
    }
}
