package org.tradescreen.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
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
import org.tradescreen.settings.DataDirectory;

/**
 * The data directory and the store in it, opened once per command and closed after it. The wiring
 * is all here: no container, no service locator.
 */
record Workspace(Path dataDir, SnapshotStore store, ListLoader loader, ListsAsOf listsAsOf, AuditLog audit,
                 Alerts alerts, Users users, Cases cases, Monitor monitor) implements AutoCloseable {

    static Workspace open(@Nullable Path dataDirOption, @Nullable String dbOption) {
        DataDirectory location = DataDirectory.resolve(dataDirOption, dbOption);
        Path dataDir = location.path();
        String url = location.storeUrl();
        Clock clock = Clock.systemUTC();
        SnapshotStore store = new SnapshotStore(Database.open(url), clock);
        AuditLog audit = new AuditLog(store.database(), InstanceKey.of(dataDir), clock);
        Alerts alerts = new Alerts(store.database(), audit, clock);
        ListsAsOf lists = new ListsAsOf(store, NameAnalyzer.standard(), location.compiledIndexes());
        Monitor monitor = new Monitor(store.database(), store, lists, alerts, NameAnalyzer.standard(),
                dataDir.resolve("monitor").resolve("counterparty-index.bin"), clock, location.monitorThreshold());
        return new Workspace(dataDir, store, new ListLoader(store, clock), lists, audit, alerts,
                new Users(store.database(), audit, clock), new Cases(store.database(), audit, alerts, clock), monitor);
    }

    /**
     * The user a command acts as: the key given with {@code --key}, else {@code TRADESCREEN_USER_KEY}; empty when
     * neither is set. A key that is no user's is a usage error.
     */
    Optional<org.tradescreen.review.User> user(@Nullable String keyOption) {
        String given = keyOption != null ? keyOption : System.getenv("TRADESCREEN_USER_KEY");
        if (given == null || given.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(users.authenticate(given).orElseThrow(() -> new UserInputException(
                "--key: not a user's key; 'tradescreen users add' makes one")));
    }

    /** The team's settings in {@code DATA_DIR/tradescreen.properties}; empty when there is no such file. */
    static Properties settings(Path dataDir) {
        return new DataDirectory(dataDir, null).settings();
    }

    /**
     * Loads the bundled sample lists when the store is empty, so that a first run works offline. Said on
     * stderr, since it changes what the data directory holds.
     */
    Workspace withSampleIfEmpty() {
        BundledSample.loadIfEmpty(store, loader, dataDir);
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
