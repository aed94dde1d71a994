package org.tradescreen.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import org.tradescreen.match.score.Tuning;
import org.tradescreen.monitor.Monitor;
import org.tradescreen.audit.AuditLog;
import org.tradescreen.audit.InstanceKey;
import org.tradescreen.lists.load.ListLoader;
import org.tradescreen.lists.sample.BundledSample;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.match.ListsAsOf;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.review.Alerts;
import org.tradescreen.review.Cases;
import org.tradescreen.review.Users;

/**
 * The data directory and the store in it, opened once per command and closed after it. The wiring
 * is all here: no container, no service locator.
 */
record Workspace(Path dataDir, SnapshotStore store, ListLoader loader, ListsAsOf listsAsOf, AuditLog audit,
                 Alerts alerts, Users users, Cases cases, Monitor monitor) implements AutoCloseable {

    static Workspace open(Path dataDirOption, String dbOption) {
        Path dataDir = dataDirOption != null ? dataDirOption
                : System.getenv("TRADESCREEN_DATA_DIR") != null ? Path.of(System.getenv("TRADESCREEN_DATA_DIR"))
                : Path.of(System.getenv("HOME") != null ? System.getenv("HOME") : System.getProperty("user.home"),
                        ".tradescreen");
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + dataDir, e);
        }
        String url = dbOption != null ? dbOption
                : System.getenv("TRADESCREEN_DB") != null ? System.getenv("TRADESCREEN_DB")
                : configured(dataDir, "db").orElse(Database.embeddedUrl(dataDir));
        Clock clock = Clock.systemUTC();
        SnapshotStore store = new SnapshotStore(Database.open(url), clock);
        AuditLog audit = new AuditLog(store.database(), InstanceKey.of(dataDir), clock);
        Alerts alerts = new Alerts(store.database(), audit, clock);
        ListsAsOf lists = new ListsAsOf(store, NameAnalyzer.standard());
        Monitor monitor = new Monitor(store.database(), store, lists, alerts, NameAnalyzer.standard(),
                dataDir.resolve("monitor").resolve("counterparty-index.bin"), clock, monitorThreshold(dataDir));
        return new Workspace(dataDir, store, new ListLoader(store, clock), lists, audit, alerts,
                new Users(store.database(), audit, clock), new Cases(store.database(), audit, alerts, clock), monitor);
    }

    /** The score at which monitoring counts a counterparty as matching an entry: {@code monitor.threshold}. */
    private static double monitorThreshold(Path dataDir) {
        Optional<String> set = configured(dataDir, "monitor.threshold");
        if (set.isEmpty()) {
            return Tuning.DEFAULT_THRESHOLD;
        }
        try {
            double t = Double.parseDouble(set.get());
            if (t > 0 && t <= 1) {
                return t;
            }
        } catch (NumberFormatException ignored) {
            // said below
        }
        throw new UserInputException(dataDir.resolve("tradescreen.properties") + ": monitor.threshold: '" + set.get()
                + "' is not a number above 0 and at most 1");
    }

    /** A setting from {@code DATA_DIR/tradescreen.properties}, the team's shared configuration. */
    private static Optional<String> configured(Path dataDir, String key) {
        return Optional.ofNullable(settings(dataDir).getProperty(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /**
     * The user a command acts as: the key given with {@code --key}, else {@code TRADESCREEN_USER_KEY}; empty when
     * neither is set. A key that is no user's is a usage error.
     */
    Optional<org.tradescreen.review.User> user(String keyOption) {
        String given = keyOption != null ? keyOption : System.getenv("TRADESCREEN_USER_KEY");
        if (given == null || given.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(users.authenticate(given).orElseThrow(() -> new UserInputException(
                "--key: not a user's key; 'tradescreen users add' makes one")));
    }

    /** The team's settings in {@code DATA_DIR/tradescreen.properties}; empty when there is no such file. */
    static Properties settings(Path dataDir) {
        Path file = dataDir.resolve("tradescreen.properties");
        Properties p = new Properties();
        if (!Files.exists(file)) {
            return p;
        }
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return p;
    }

    /**
     * Loads the bundled sample lists when the store is empty, so that a first run works offline. Said on
     * stderr, since it changes what the data directory holds.
     */
    Workspace withSampleIfEmpty() {
        if (store.sources().isEmpty()) {
            System.err.println("tradescreen: the data directory " + dataDir + " holds no lists yet;"
                    + " loading the bundled sample (load real lists with 'tradescreen lists load' or 'lists update')");
            try {
                BundledSample.loadInto(loader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the bundled sample", e);
            }
        }
        return this;
    }

    /** Signs a checkpoint over what this command recorded, so that from now on none of it can change unseen. */
    @Override
    public void close() {
        try {
            if (audit.appended()) {
                audit.checkpoint();
            }
        } finally {
            store.database().close();
        }
    }
}
