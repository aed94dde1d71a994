package org.tradescreen.bench.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.model.Entity;

/**
 * The baseline a diff is measured against: read both versions in full and compare every entity by
 * value, the way a tool without content hashes must.
 */
final class NaiveDiff {

    private NaiveDiff() {
    }

    /** Counts of added, removed and changed entries. */
    static int[] between(SnapshotStore store, long fromId, long toId) {
        Map<String, Entity> before = byId(store.entities(fromId));
        Map<String, Entity> after = byId(store.entities(toId));
        int added = 0;
        int changed = 0;
        for (Map.Entry<String, Entity> e : after.entrySet()) {
            Entity b = before.get(e.getKey());
            if (b == null) {
                added++;
            } else if (!b.equals(e.getValue())) {
                changed++;
            }
        }
        int removed = (int) before.keySet().stream().filter(k -> !after.containsKey(k)).count();
        return new int[] {added, removed, changed};
    }

    private static Map<String, Entity> byId(List<Entity> entities) {
        Map<String, Entity> m = new HashMap<>();
        entities.forEach(e -> m.put(e.sourceId(), e));
        return m;
    }
}
