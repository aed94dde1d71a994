package org.tradescreen.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.lists.snapshot.SnapshotVersion;
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.model.Dates;

/**
 * Screeners for the lists as they stood on a date: for each source, the newest version published on or
 * before it (or the newest of all when no date is given), compiled into one index. Compiled indexes are
 * kept for the few most recent version sets, so repeated screening as of the same day, or of today,
 * builds nothing. Thread-safe: concurrent requests for one version set share one build, at most two builds
 * run at once, and when eight are waiting or a build waits over 30 s further requests get a
 * {@link BusyException}, so a flood of distinct dates cannot hold every thread of a server.
 */
public final class ListsAsOf implements ListsInForce {

    private static final int CACHED = 4;
    /** Entities read from the store and analysed at a time while an index is compiled. */
    private static final int BATCH = 20_000;
    private static final int PARALLEL_BUILDS = 2;
    /** Beyond this many distinct version sets waiting, requests are turned away rather than queued. */
    private static final int MAX_PENDING_BUILDS = 8;
    private static final long BUILD_WAIT_SECONDS = 30;

    /**
     * A screener and the list versions it was built from; {@code missing} are the stored sources that had no
     * version in force on {@code asOf}.
     */
    public record View(Screener screener, @Nullable LocalDate asOf, List<SnapshotVersion> versions, List<Coverage.Gap> missing) {

        /** What a screening limited to {@code sources} (empty: all) stood on, and what it lacked. */
        public Coverage coverage(Set<String> sources) {
            return new Coverage(versions.stream().filter(v -> sources.isEmpty() || sources.contains(v.source())).toList(),
                    missing.stream().filter(g -> sources.isEmpty() || sources.contains(g.source())).toList());
        }

        /** The version of {@code source} screened against, as an alert records it ({@code source:version}). */
        public String versionOf(String source) {
            return versions.stream().filter(v -> v.source().equals(source)).findFirst()
                    .map(v -> v.source() + ":" + v.version()).orElse(source);
        }
    }

    private final SnapshotStore store;
    private final NameAnalyzer analyzer;
    private final CompiledIndexes kept;
    private final Map<List<Long>, CompletableFuture<Screener>> building = new HashMap<>();
    private final Semaphore builds = new Semaphore(PARALLEL_BUILDS);
    private final Map<List<Long>, Screener> cache = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Long>, Screener> eldest) {
            return size() > CACHED;
        }
    };

    public ListsAsOf(SnapshotStore store, NameAnalyzer analyzer) {
        this(store, analyzer, CompiledIndexes.none());
    }

    /** Lists whose compiled indexes are kept in {@code kept} between runs, so that most starts compile nothing. */
    public ListsAsOf(SnapshotStore store, NameAnalyzer analyzer, CompiledIndexes kept) {
        this.store = store;
        this.analyzer = analyzer;
        this.kept = kept;
    }

    /**
     * The lists as of {@code asOf} (null: the newest versions), limited to {@code sources} (empty: all). A
     * source with no version in force that day is not an error: the view names it in {@link View#missing}.
     *
     * @throws IllegalArgumentException when a named source is not stored at all, or the date is out of range
     */
    @Override
    public View at(@Nullable LocalDate asOf, Set<String> sources) {
        List<SnapshotVersion> versions = versions(asOf, sources);
        return compiled(asOf, versions, gaps(versions, sources));
    }

    /**
     * The stored sources among {@code sources} (empty: all) that {@code versions} lack, each with the date of its
     * earliest version: the lists that had no version in force on the date {@code versions} were chosen for.
     */
    @Override
    public List<Coverage.Gap> gaps(List<SnapshotVersion> versions, Set<String> sources) {
        List<Coverage.Gap> missing = new ArrayList<>();
        for (String source : selected(sources)) {
            if (versions.stream().noneMatch(v -> v.source().equals(source))) {
                store.versions(source).stream().findFirst()
                        .ifPresent(first -> missing.add(new Coverage.Gap(source, first.published())));
            }
        }
        return missing;
    }

    /**
     * The versions {@link #at} would compile, without compiling them: for each source, the newest version
     * published on or before {@code asOf} (null: the newest of all).
     *
     * @throws IllegalArgumentException when a named source is not stored at all, or the date is out of range
     */
    @Override
    public List<SnapshotVersion> versions(@Nullable LocalDate asOf, Set<String> sources) {
        Dates.requireInRange(asOf, "as of");
        List<SnapshotVersion> versions = new ArrayList<>();
        for (String source : selected(sources)) {
            Optional<SnapshotVersion> v = asOf == null ? newest(source) : store.asOf(source, asOf);
            v.ifPresent(versions::add);
        }
        return versions;
    }

    /** The stored sources among {@code sources} (empty: all of them). */
    private List<String> selected(Set<String> sources) {
        List<String> stored = store.sources();
        for (String s : sources) {
            if (!stored.contains(s)) {
                throw new IllegalArgumentException("source '" + s + "' is not a stored source; known: " + stored);
            }
        }
        return stored.stream().filter(s -> sources.isEmpty() || sources.contains(s)).toList();
    }

    /** What identifies a compiled index: the ids of the versions in it. */
    public static List<Long> key(List<SnapshotVersion> versions) {
        return versions.stream().map(SnapshotVersion::id).sorted().toList();
    }

    private View compiled(@Nullable LocalDate asOf, List<SnapshotVersion> versions, List<Coverage.Gap> missing) {
        List<Long> key = key(versions);
        CompletableFuture<Screener> mine = null;
        CompletableFuture<Screener> pending;
        synchronized (cache) {
            Screener cached = cache.get(key);
            if (cached != null) {
                return new View(cached, asOf, versions, missing);
            }
            // One build per version set: concurrent requests for the same day wait for it.
            pending = building.get(key);
            if (pending == null && building.size() >= MAX_PENDING_BUILDS) {
                throw new BusyException("the lists of " + MAX_PENDING_BUILDS + " other dates are being compiled;"
                        + " try again in a few seconds");
            }
            if (pending == null) {
                mine = new CompletableFuture<>();
                building.put(key, mine);
                pending = mine;
            }
        }
        if (mine != null) {
            build(key, versions, mine);
        }
        try {
            return new View(pending.join(), asOf, versions, missing);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Compiles one version set; at most {@link #PARALLEL_BUILDS} at a time, since each holds a list in memory. */
    private void build(List<Long> key, List<SnapshotVersion> versions, CompletableFuture<Screener> result) {
        boolean permitted = false;
        try {
            permitted = builds.tryAcquire(BUILD_WAIT_SECONDS, TimeUnit.SECONDS);
            if (!permitted) {
                throw new BusyException("other dates' lists are being compiled; try again in a few seconds");
            }
            Screener screener = new Screener(kept.get(versions, analyzer, sink -> {
                for (SnapshotVersion v : versions) {
                    store.entityBatches(v.id(), BATCH, sink::add);
                }
            }));
            synchronized (cache) {
                cache.put(key, screener);
                building.remove(key);
            }
            result.complete(screener);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(key, result, new BusyException("interrupted while waiting to compile the lists"));
        } catch (RuntimeException | Error e) {
            fail(key, result, e);
        } finally {
            if (permitted) {
                builds.release();
            }
        }
    }

    private void fail(List<Long> key, CompletableFuture<Screener> result, Throwable e) {
        synchronized (cache) {
            building.remove(key);
        }
        result.completeExceptionally(e);
    }

    /** Too many dates are being compiled at once; the caller should try again shortly (HTTP: 503). */
    public static final class BusyException extends RuntimeException {
        public BusyException(String message) {
            super(message);
        }
    }

    private Optional<SnapshotVersion> newest(String source) {
        List<SnapshotVersion> all = store.versions(source);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
