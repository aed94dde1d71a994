package org.tradescreen.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tradescreen.lists.snapshot.SnapshotVersion;
import org.tradescreen.match.Coverage;
import org.tradescreen.match.ListsAsOf;
import org.tradescreen.match.ListsInForce;

/**
 * The lists in force on each date a batch names, as the driver compiled them, for executors that have no store: each
 * date's versions and gaps, and each distinct set of versions as one {@link IndexBroadcast}. Consignments of a year
 * span hundreds of dates but a few dozen version sets, so each set is compiled and shipped once.
 */
final class ShippedLists implements ListsInForce, Serializable {

    private static final long serialVersionUID = 1L;

    /** What a date stands on: the versions in force, the lists with none, and the index of those versions. */
    private record Day(List<SnapshotVersion> versions, List<Coverage.Gap> gaps, String index) implements Serializable {
    }

    /** Names these lists on an executor: one screener per shipment. */
    private final String id = UUID.randomUUID().toString();
    private final Map<LocalDate, Day> days = new HashMap<>();
    private final Map<String, IndexBroadcast> indexes = new HashMap<>();

    private ShippedLists() {
    }

    /** The lists in force on each of these dates, every source, compiled once per distinct set of versions. */
    static ShippedLists of(ListsAsOf lists, Collection<LocalDate> dates) {
        ShippedLists shipped = new ShippedLists();
        Map<List<Long>, String> compiled = new HashMap<>();
        for (LocalDate date : dates) {
            List<SnapshotVersion> versions = lists.versions(date, Set.of());
            String index = compiled.computeIfAbsent(ListsAsOf.key(versions), k -> {
                IndexBroadcast b = IndexBroadcast.of(lists.at(date, Set.of()).screener());
                shipped.indexes.put(b.key(), b);
                return b.key();
            });
            shipped.days.put(date, new Day(versions, lists.gaps(versions, Set.of()), index));
        }
        return shipped;
    }

    String id() {
        return id;
    }

    /** Distinct sets of versions shipped, and their bytes in all. */
    int indexCount() {
        return indexes.size();
    }

    long bytes() {
        return indexes.values().stream().mapToLong(IndexBroadcast::size).sum();
    }

    @Override
    public List<SnapshotVersion> versions(LocalDate asOf, Set<String> sources) {
        return day(asOf).versions().stream().filter(v -> sources.isEmpty() || sources.contains(v.source())).toList();
    }

    @Override
    public List<Coverage.Gap> gaps(List<SnapshotVersion> versions, Set<String> sources) {
        for (Day d : days.values()) {
            if (d.versions().equals(versions)) {
                return d.gaps().stream().filter(g -> sources.isEmpty() || sources.contains(g.source())).toList();
            }
        }
        throw new IllegalStateException("no lists were shipped for these versions: " + versions);
    }

    @Override
    public ListsAsOf.View at(LocalDate asOf, Set<String> sources) {
        if (!sources.isEmpty()) {
            throw new IllegalArgumentException("shipped lists are screened whole");
        }
        Day d = day(asOf);
        return new ListsAsOf.View(indexes.get(d.index()).screener(), asOf, d.versions(), d.gaps());
    }

    private Day day(LocalDate asOf) {
        Day d = days.get(asOf);
        if (d == null) {
            throw new IllegalStateException("the driver shipped no lists for " + asOf);
        }
        return d;
    }
}
