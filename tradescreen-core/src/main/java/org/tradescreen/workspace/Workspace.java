package org.tradescreen.workspace;

import java.nio.file.Path;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.tradescreen.audit.AuditLog;
import org.tradescreen.audit.InstanceKey;
import org.tradescreen.lists.load.ListLoader;
import org.tradescreen.lists.sample.BundledSample;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.match.ListsAsOf;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.monitor.Monitor;
import org.tradescreen.review.Alerts;
import org.tradescreen.review.Cases;
import org.tradescreen.review.Users;
import org.tradescreen.settings.DataDirectory;

/**
 * The data directory and the store in it, with everything that works on the store: opened once per command (or per
 * server) and closed after it. The wiring is all here, for the command line, the server and the tests alike: no
 * container, no service locator.
 */
public record Workspace(Path dataDir, SnapshotStore store, ListLoader loader, ListsAsOf listsAsOf, AuditLog audit,
                 Alerts alerts, Users users, Cases cases, Monitor monitor) implements AutoCloseable {

    /** The data directory given (else the default) and its store (the one given, else its own). */
    public static Workspace open(@Nullable Path dataDirOption, @Nullable String dbOption) {
        return open(DataDirectory.resolve(dataDirOption, dbOption));
    }

    public static Workspace open(DataDirectory location) {
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
     * Loads the bundled sample lists when the store is empty, so that a first run works offline. Said on
     * stderr, since it changes what the data directory holds.
     */
    public Workspace withSampleIfEmpty() {
        BundledSample.loadIfEmpty(store, loader, dataDir);
        return this;
    }

    /** Where audit records wait while the database is unreachable, to be appended when it is back. */
    public Path auditSpool() {
        return dataDir.resolve("audit-spool.jsonl");
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
