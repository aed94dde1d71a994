package org.tradescreen.server.lists;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.load.ListLoader;
import org.tradescreen.lists.load.LoadRequest;
import org.tradescreen.lists.load.LoadResult;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.lists.snapshot.StoreException;
import org.tradescreen.lists.update.Feed;
import org.tradescreen.lists.update.FeedConfig;
import org.tradescreen.lists.update.ListUpdater;

/**
 * Stores new list versions while the server runs — fetched from the feeds (on demand or on a schedule) or
 * uploaded by an administrator — and then swaps the live index. One update runs at a time. A failed fetch
 * or load leaves the last good version and index in place; the outcome of the last update is kept for
 * {@code /readyz}, the admin status endpoint and the metrics. While the database is unreachable an update fails
 * at once, saying so, and the schedule goes on: the first update after it returns stores what the feeds hold.
 */
public final class ListRefresher implements AutoCloseable {

    /** How one source's update ended. */
    public record SourceOutcome(String source, boolean ok, @Nullable LoadResult result, @Nullable String error) {
    }

    /** The outcome of one update: when, why, each source, and whether the live index was swapped. */
    public record Status(Instant at, String trigger, boolean ok, boolean swapped, List<SourceOutcome> sources,
                         @Nullable String error) {
    }

    /** Thrown when an update is asked for while another runs. */
    public static final class BusyException extends RuntimeException {
        public BusyException() {
            super("a list update is already running; try again when it has finished");
        }
    }

    private final LiveLists live;
    private final ListLoader loader;
    private final Supplier<List<Feed>> feeds;
    private final ListUpdater updater;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicReference<Status> last = new AtomicReference<>();
    private final AtomicLong failures = new AtomicLong();
    private @Nullable ScheduledExecutorService schedule;
    private final Runnable onNewVersion;

    /**
     * @param onNewVersion run after an update or load that stored a new version (monitoring re-screens then)
     */
    public ListRefresher(LiveLists live, ListLoader loader, Supplier<List<Feed>> feeds, ListUpdater updater,
                         Clock clock, Runnable onNewVersion) {
        this.onNewVersion = onNewVersion;
        this.live = live;
        this.loader = loader;
        this.feeds = feeds;
        this.updater = updater;
        this.clock = clock;
    }

    /** Fetches the feeds of {@code sources} (empty: all) and swaps the index when a new version was stored. */
    public Status updateFeeds(Set<String> sources, String trigger) {
        List<Feed> chosen = FeedConfig.select(feeds.get(), sources);
        return exclusively(trigger, UnaryOperator.identity(), () -> {
            List<SourceOutcome> outcomes = new ArrayList<>();
            for (ListUpdater.Outcome o : updater.update(chosen, msg -> { })) {
                outcomes.add(new SourceOutcome(o.source(), o.ok(), o.result(), o.error()));
            }
            return outcomes;
        });
    }

    /**
     * Loads one uploaded snapshot through the ordinary loader (so every safety check applies) and swaps the
     * index when it is a new version.
     *
     * @param describe rewrites an error for the status, e.g. to name the uploaded file rather than the server's
     *                 scratch copy of it
     * @throws org.tradescreen.lists.format.ListFormatException or
     *         {@link org.tradescreen.lists.load.LoadRefusedException} when the file is refused; nothing changes
     */
    public Status load(LoadRequest request, String trigger, UnaryOperator<String> describe) {
        return exclusively(trigger, describe, () -> {
            try {
                LoadResult r = loader.load(request);
                return List.of(new SourceOutcome(r.source(), true, r, null));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Runs {@link #updateFeeds} every {@code every}, first after one period. */
    public synchronized void schedule(Duration every) {
        if (schedule != null) {
            throw new IllegalStateException("already scheduled");
        }
        schedule = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tradescreen-refresh");
            t.setDaemon(true);
            return t;
        });
        schedule.scheduleWithFixedDelay(() -> {
            try {
                updateFeeds(Set.of(), "schedule");
            } catch (RuntimeException e) {
                // Busy (an administrator's update runs) or failed (recorded in the status): the next period
                // tries again; an exception escaping here would cancel the schedule.
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    public Optional<Status> last() {
        return Optional.ofNullable(last.get());
    }

    /** Updates that failed in whole or in part since the server started. */
    public long failures() {
        return failures.get();
    }

    private Status exclusively(String trigger, UnaryOperator<String> describe, Supplier<List<SourceOutcome>> work) {
        // Said before "busy": while the database is away every update fails, and that is what the caller must hear.
        Optional<Database.Outage> outage = live.store().database().unavailable();
        if (outage.isPresent()) {
            StoreException e = new StoreException("cannot update the lists: the database is unreachable",
                    new Database.UnreachableException(outage.get()));
            record(new Status(clock.instant(), trigger, false, false, List.of(), e.getMessage() + " since "
                    + outage.get().since()));
            throw e;
        }
        if (!running.tryLock()) {
            throw new BusyException();
        }
        try {
            Instant at = clock.instant();
            Status status;
            try {
                List<SourceOutcome> outcomes = work.get();
                boolean swapped = live.rebuild();
                if (outcomes.stream().anyMatch(o -> o.ok() && o.result() != null && o.result().newVersion())) {
                    onNewVersion.run();
                }
                status = new Status(at, trigger, outcomes.stream().allMatch(SourceOutcome::ok), swapped, outcomes, null);
            } catch (RuntimeException e) {
                status = new Status(at, trigger, false, false, List.of(), describe.apply(String.valueOf(e.getMessage())));
                record(status);
                throw e;
            }
            record(status);
            return status;
        } finally {
            running.unlock();
        }
    }

    private void record(Status status) {
        last.set(status);
        if (!status.ok()) {
            failures.incrementAndGet();
        }
    }

    @Override
    public synchronized void close() {
        if (schedule != null) {
            schedule.shutdownNow();
        }
    }
}
