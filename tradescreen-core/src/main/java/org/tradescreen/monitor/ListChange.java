package org.tradescreen.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.lists.snapshot.SnapshotVersion;
import org.tradescreen.lists.snapshot.StoredEntity;
import org.tradescreen.model.Entity;

/**
 * What changed in one source's version in force, as matching sees it: entries added, entries changed in a field
 * screening reads (names and their strength, type, birth dates, nationalities, addresses, identifiers), and ids of
 * entries removed; {@code before} holds the records those changed and removed entries had. A change to anything else (programs, remarks, the listing's text) re-screens nothing.
 */
public record ListChange(@Nullable SnapshotVersion from, SnapshotVersion to, List<Entity> added, List<Entity> changed,
                         List<String> removedIds, List<Entity> before) {

    /**
     * From {@code from} (null: nothing was watched yet, so everything is added) to {@code to}. The differences are
     * worked out by the database, so a small change to a list of millions reads only what changed.
     */
    public static ListChange between(SnapshotStore store, @Nullable SnapshotVersion from, SnapshotVersion to) {
        List<StoredEntity> onlyAfter = from == null ? List.copyOf(store.members(to.id()).values())
                : store.onlyIn(to.id(), from.id());
        List<String> addedHashes = onlyAfter.stream().map(StoredEntity::recordHash).toList();
        List<String[]> changedHashes = from == null ? List.of() : store.changed(from.id(), to.id()).stream()
                .map(pair -> new String[] {pair[0].recordHash(), pair[1].recordHash()}).toList();
        List<String> removed = new ArrayList<>();
        List<String> removedHashes = new ArrayList<>();
        for (StoredEntity b : from == null ? List.<StoredEntity>of() : store.onlyIn(from.id(), to.id())) {
            removed.add(to.source() + ":" + b.sourceId());
            removedHashes.add(b.recordHash());
        }
        List<String> hashes = new ArrayList<>(addedHashes);
        hashes.addAll(removedHashes);
        changedHashes.forEach(p -> { hashes.add(p[0]); hashes.add(p[1]); });
        Map<String, Entity> records = store.records(hashes);
        List<Entity> added = addedHashes.stream().map(records::get).toList();
        List<String[]> mattering = changedHashes.stream()
                .filter(p -> mattersForMatching(records.get(p[0]), records.get(p[1]))).toList();
        List<Entity> changed = mattering.stream().map(p -> records.get(p[1])).toList();
        List<Entity> was = new ArrayList<>(removedHashes.stream().map(records::get).toList());
        mattering.forEach(p -> was.add(records.get(p[0])));
        return new ListChange(from, to, added, changed, removed, was);
    }

    /** Whether two records of one entry differ in anything screening reads. */
    static boolean mattersForMatching(Entity before, Entity after) {
        return !Objects.equals(before.names(), after.names()) || before.type() != after.type()
                || !Objects.equals(before.birthDates(), after.birthDates())
                || !Objects.equals(before.nationalities(), after.nationalities())
                || !Objects.equals(before.addresses(), after.addresses())
                || !Objects.equals(before.identifiers(), after.identifiers());
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removedIds.isEmpty();
    }

    /** The version as alerts name it. */
    public String version() {
        return label(to);
    }

    /** How a version is named in alerts and monitoring runs: source and version number. */
    static String label(SnapshotVersion v) {
        return v.source() + ":" + v.version();
    }
}
