package org.tradescreen.lists.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.snapshot.EntityCodec;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.lists.snapshot.SnapshotVersion;
import org.tradescreen.lists.snapshot.StoredEntity;
import org.tradescreen.model.Entity;

/**
 * What changed from one version of a source to another: entries added, entries removed (official lists
 * do not publish removals; an entry simply disappears), and entries whose record changed, with the
 * names of the fields that changed.
 */
public record ListDiff(String source, @Nullable SnapshotVersion from, SnapshotVersion to, List<Entry> added,
                       List<Entry> removed, List<Change> changed) {

    /** An entry by source id and listed name. */
    public record Entry(String sourceId, String name) {
    }

    /** A changed entry and the fields (snake_case, as in the entity JSON) that differ. */
    public record Change(String sourceId, String name, List<String> fields) {
    }

    /** How many entries were added, removed and changed. */
    public record Counts(int added, int removed, int changed) {
    }

    /**
     * The differences between two versions, worked out in the database (by source id, and for changes by record
     * hash), so that neither version is held whole; only the changed records are read, to name their fields.
     */
    public static ListDiff between(SnapshotStore store, SnapshotVersion from, SnapshotVersion to) {
        List<Entry> added = store.onlyIn(to.id(), from.id()).stream().map(e -> new Entry(e.sourceId(), e.name())).toList();
        List<Entry> removed = store.onlyIn(from.id(), to.id()).stream().map(e -> new Entry(e.sourceId(), e.name())).toList();
        List<StoredEntity[]> changedPairs = store.changed(from.id(), to.id());
        List<String> hashes = new ArrayList<>();
        changedPairs.forEach(p -> { hashes.add(p[0].recordHash()); hashes.add(p[1].recordHash()); });
        Map<String, Entity> records = store.records(hashes);
        List<Change> changed = new ArrayList<>();
        for (StoredEntity[] p : changedPairs) {
            changed.add(new Change(p[1].sourceId(), p[1].name(),
                    EntityCodec.changedFields(records.get(p[0].recordHash()), records.get(p[1].recordHash()))));
        }
        return new ListDiff(from.source(), from, to, added, removed, changed);
    }

    /** Only the sizes of {@link #between} (or of {@link #first} when {@code from} is null), counted in the database. */
    public static Counts count(SnapshotStore store, @Nullable SnapshotVersion from, SnapshotVersion to) {
        if (from == null) {
            return new Counts(to.entityCount(), 0, 0);
        }
        return new Counts(store.countOnlyIn(to.id(), from.id()), store.countOnlyIn(from.id(), to.id()),
                store.countChanged(from.id(), to.id()));
    }

    /** The first version of a source: everything in it is added. */
    public static ListDiff first(SnapshotStore store, SnapshotVersion to) {
        List<Entry> added = store.members(to.id()).values().stream()
                .map(e -> new Entry(e.sourceId(), e.name())).toList();
        return new ListDiff(to.source(), null, to, added, List.of(), List.of());
    }
}
