package org.tradescreen.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The server's way into the audit log: group commit. Request threads hand their records to one writer thread,
 * which appends whatever has queued up (up to {@value #MAX_GROUP}) in one transaction and then releases them;
 * a request answers only once its record is committed, so nothing acknowledged is unrecorded, while a burst of
 * requests costs one transaction instead of one each. The writer signs a checkpoint when the log has been quiet
 * for a while or {@value #CHECKPOINT_SECONDS} seconds have passed with new records, and on close.
 */
public final class AuditWriter implements AutoCloseable {

    private static final int MAX_GROUP = 500;
    private static final long CHECKPOINT_SECONDS = 60;

    private record Pending(AuditLog.Act act, CompletableFuture<AuditRecord> done) {
    }

    private final AuditLog log;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closing;

    public AuditWriter(AuditLog log) {
        this.log = log;
        this.thread = new Thread(this::run, "audit-writer");
        thread.setDaemon(true);
        thread.start();
    }

    public AuditLog log() {
        return log;
    }

    /** Records one act and waits until it is committed; fails as the append failed. */
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
        try {
            List<AuditRecord> records = log.appendAll(group.stream().map(Pending::act).toList());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).done().complete(records.get(i));
            }
        } catch (RuntimeException e) {
            group.forEach(p -> p.done().completeExceptionally(e));
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
