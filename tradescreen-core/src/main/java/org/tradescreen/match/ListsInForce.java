package org.tradescreen.match;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.tradescreen.lists.snapshot.SnapshotVersion;

/**
 * The lists in force on a date, compiled: what a screening of that date stands on. {@link ListsAsOf} reads them from
 * the store; a batch job's executors, which have no store, from what its driver compiled and shipped.
 */
public interface ListsInForce {

    /** For each source among {@code sources} (empty: all), the version in force on {@code asOf} (null: the newest). */
    List<SnapshotVersion> versions(LocalDate asOf, Set<String> sources);

    /** The sources among {@code sources} that {@code versions} lack, each with the date of its earliest version. */
    List<Coverage.Gap> gaps(List<SnapshotVersion> versions, Set<String> sources);

    /** The lists in force on {@code asOf}, compiled into one screener. */
    ListsAsOf.View at(LocalDate asOf, Set<String> sources);
}
