package org.tradescreen.server.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.match.ListsAsOf;

/**
 * The lists the server screens against today, as one compiled index that is replaced whole. A new list
 * version is compiled aside while queries go on against the old index; only then is the reference swapped,
 * so a query sees either the old lists or the new ones, never part of each. Screening as of a past date
 * goes through {@link ListsAsOf}, which compiles and caches the version set of that day.
 */
public final class LiveLists {

    private final SnapshotStore store;
    private final ListsAsOf listsAsOf;
    private final AtomicReference<ListsAsOf.View> current = new AtomicReference<>();

    public LiveLists(SnapshotStore store, ListsAsOf listsAsOf) {
        this.store = store;
        this.listsAsOf = listsAsOf;
    }

    public SnapshotStore store() {
        return store;
    }

    /**
     * The stored sources, for checking a request's {@code source}. While the database is unreachable these are the
     * sources of the live index (today's screening needs no more); before it is built the failure passes on.
     */
    public List<String> sources() {
        ListsAsOf.View view = current.get();
        if (view != null && store.database().unavailable().isPresent()) {
            return sourcesOf(view);
        }
        try {
            return store.sources();
        } catch (RuntimeException e) {
            if (view == null || !Database.unreachable(e)) {
                throw e;
            }
            return sourcesOf(view);
        }
    }

    private static List<String> sourcesOf(ListsAsOf.View view) {
        return java.util.stream.Stream.concat(view.versions().stream().map(v -> v.source()),
                view.missing().stream().map(g -> g.source())).distinct().sorted().toList();
    }

    /** Whether an index is loaded; until then screening answers 503. */
    public boolean ready() {
        return current.get() != null;
    }

    /**
     * The lists as they stood on {@code asOf}, or today's when null.
     *
     * @throws NotReadyException before the first index is built
     */
    public ListsAsOf.View at(@Nullable LocalDate asOf) {
        if (asOf != null) {
            return listsAsOf.at(asOf, Set.of());
        }
        ListsAsOf.View view = current.get();
        if (view == null) {
            throw new NotReadyException("the lists are still being loaded; try again in a few seconds");
        }
        return view;
    }

    /**
     * Compiles the newest stored versions and swaps them in when they differ from the live ones; true when
     * it swapped. Comparing with the store, not trusting the caller, means a swap that failed once is made by
     * the next update even when that one stores nothing new. Serialised, so two refreshes cannot swap an
     * older index over a newer one.
     */
    public synchronized boolean rebuild() {
        ListsAsOf.View old = current.get();
        // Compared before compiling: an update that stored nothing new costs two queries, not an index build.
        if (old != null && ListsAsOf.key(old.versions()).equals(ListsAsOf.key(listsAsOf.versions(null, Set.of())))) {
            return false;
        }
        current.set(listsAsOf.at(null, Set.of()));
        return true;
    }

    /** Thrown while no index is loaded yet. */
    public static final class NotReadyException extends RuntimeException {
        public NotReadyException(String message) {
            super(message);
        }
    }
}
