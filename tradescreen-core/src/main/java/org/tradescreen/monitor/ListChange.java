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

    /** From {@code from} (null: nothing was watched yet, so everything is added) to {@code to}. */
    public static ListChange between(SnapshotStore store, @Nullable SnapshotVersion from, SnapshotVersion to) {
        Map<String, StoredEntity> before = from == null ? Map.of() : store.members(from.id());
        Map<String, StoredEntity> after = store.members(to.id());
        List<String> addedHashes = new ArrayList<>();
        List<String[]> changedHashes = new ArrayList<>();
        for (StoredEntity a : after.values()) {
            StoredEntity b = before.get(a.sourceId());
            if (b == null) {
                addedHashes.add(a.recordHash());
            } else if (!b.recordHash().equals(a.recordHash())) {
                changedHashes.add(new String[] {b.recordHash(), a.recordHash()});
            }
        }
        List<String> removed = new ArrayList<>();
        List<String> removedHashes = new ArrayList<>();
        for (StoredEntity b : before.values()) {
            if (!after.containsKey(b.sourceId())) {
                removed.add(to.source() + ":" + b.sourceId());
                removedHashes.add(b.recordHash());
            }
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
        return to.source() + ":" + to.version();
    }
}
