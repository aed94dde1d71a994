package org.tradescreen.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.lists.snapshot.StoreException;

/**
 * The server's way into the audit log: group commit. Request threads hand their records to one writer thread,
 * which appends whatever has queued up (up to {@value #MAX_GROUP}) in one transaction and then releases them;
 * a request answers only once its record is committed, so nothing acknowledged is unrecorded, while a burst of
 * requests costs one transaction instead of one each. The writer signs a checkpoint when the log has been quiet
 * for a while or {@value #CHECKPOINT_SECONDS} seconds have passed with new records, and on close.
 *
 * <p>While the database cannot be reached, a writer with an {@link AuditSpool} keeps the records on local disk
 * (forced to disk before the request is released), so screening goes on without losing its audit trail; new
 * records queue behind the kept ones, which are appended first, in order, as soon as the database answers again
 * (tried every {@value #RETRY_SECONDS} s). A record that can be kept neither in the database nor in the spool
 * fails its request. Without a spool, a record the database cannot take fails its request.
 */
public final class AuditWriter implements AutoCloseable {

    private static final int MAX_GROUP = 500;
    private static final long CHECKPOINT_SECONDS = 60;
    private static final long RETRY_SECONDS = 1;

    private record Pending(AuditLog.Act act, CompletableFuture<AuditRecord> done) {
    }

    private final AuditLog log;
    private final AuditSpool spool;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closing;
    private long lastReplay;

    /** A writer whose records fail their requests while the database is unreachable. */
    public AuditWriter(AuditLog log) {
        this(log, null);
    }

    /** A writer that keeps records in {@code spool} while the database is unreachable (null: none). */
    public AuditWriter(AuditLog log, AuditSpool spool) {
        this.log = log;
        this.spool = spool;
        this.lastReplay = System.nanoTime() - TimeUnit.SECONDS.toNanos(RETRY_SECONDS);
        this.thread = new Thread(this::run, "audit-writer");
        thread.setDaemon(true);
        thread.start();
    }

    public AuditLog log() {
        return log;
    }

    /** Records kept in the spool, waiting for the database (0 without a spool). */
    public long spooled() {
        return spool == null ? 0 : spool.pending();
    }

    /**
     * Records one act and waits until it is committed, or kept in the spool while the database is unreachable;
     * fails as the append failed.
     *
     * @return the record, or null when it was kept in the spool (it gets its place in the log later)
     */
    public AuditRecord record(String kind, String actor, JsonNode payload) {
        if (closing) {
            throw new IllegalStateException("the audit log is closing");
        }
        CompletableFuture<AuditRecord> done = new CompletableFuture<>();
        queue.add(new Pending(new AuditLog.Act(kind, actor, payload), done));
        try {
            return done.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void run() {
        long lastCheckpoint = System.nanoTime();
        boolean unsigned = false;
        while (!closing || !queue.isEmpty()) {
            List<Pending> group = new ArrayList<>();
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first != null) {
                    group.add(first);
                    queue.drainTo(group, MAX_GROUP - 1);
                }
            } catch (InterruptedException e) {
                closing = true;
            }
            if (replaySpool()) {
                unsigned = true;
            }
            if (!group.isEmpty()) {
                append(group);
                unsigned = true;
            }
            boolean quiet = group.isEmpty();
            if (unsigned && (quiet || System.nanoTime() - lastCheckpoint > TimeUnit.SECONDS.toNanos(CHECKPOINT_SECONDS))) {
                try {
                    log.checkpoint();
                    unsigned = false;
                    lastCheckpoint = System.nanoTime();
                } catch (RuntimeException e) {
                    // the records are committed; the next checkpoint will cover them
                }
            }
        }
    }

    private void append(List<Pending> group) {
        if (spool != null && !spool.isEmpty()) {
            keep(group, null); // behind what waits in the spool, so the log keeps the order things happened in
            return;
        }
        try {
            List<AuditRecord> records = log.appendAll(group.stream().map(Pending::act).toList());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).done().complete(records.get(i));
            }
        } catch (RuntimeException e) {
            if (spool != null && Database.unreachable(e)) {
                keep(group, e);
            } else {
                group.forEach(p -> p.done().completeExceptionally(e));
            }
        }
    }

    /** Keeps the group in the spool and releases its requests; when even that fails, they fail. */
    private void keep(List<Pending> group, RuntimeException why) {
        try {
            spool.keep(group.stream().map(Pending::act).toList(), Instant.now());
            group.forEach(p -> p.done().complete(null));
        } catch (IOException io) {
            StoreException e = new StoreException("the audit record can be written neither to the database nor to "
                    + spool.file() + ": " + io.getMessage(), why != null ? why : io);
            if (why != null) {
                e.addSuppressed(io);
            }
            group.forEach(p -> p.done().completeExceptionally(e));
        }
    }

    /**
     * Appends what waits in the spool, in one transaction, then empties it; tried at most every
     * {@value #RETRY_SECONDS} s. True when something was appended.
     */
    private boolean replaySpool() {
        if (spool == null || spool.isEmpty() || System.nanoTime() - lastReplay < TimeUnit.SECONDS.toNanos(RETRY_SECONDS)) {
            return false;
        }
        lastReplay = System.nanoTime();
        try {
            List<AuditLog.Act> kept = spool.read();
            log.appendAll(kept);
            spool.clear();
            System.err.println("tradescreen: " + kept.size() + " audit records kept while the database was away"
                    + " are in the log now");
            return true;
        } catch (IOException | RuntimeException e) {
            if (!Database.unreachable(e)) {
                System.err.println("tradescreen: cannot append the audit records kept in " + spool.file() + ": "
                        + e.getMessage() + "; they stay there");
            }
            return false; // the records stay where they are, and what comes next queues behind them
        }
    }

    /** Commits what is queued, signs a last checkpoint and stops the writer. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Pending late;
        while ((late = queue.poll()) != null) {
            late.done().completeExceptionally(new IllegalStateException("the audit log closed before recording this"));
        }
        try {
            log.checkpoint();
        } catch (RuntimeException e) {
            // the database may already be gone at shutdown; the next start signs what is left
        }
    }
}
