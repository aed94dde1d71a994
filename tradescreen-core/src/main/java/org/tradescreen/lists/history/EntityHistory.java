package org.tradescreen.lists.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.snapshot.EntityCodec;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.lists.snapshot.TimelinePoint;
import org.tradescreen.model.Entity;

/**
 * An entity's timeline, derived by walking every version of its source in published order: it appears
 * (listed, or relisted after an absence), its record changes, it disappears (delisted). Because the walk
 * is over published dates, snapshots loaded out of order give the same history as in order.
 * {@code entity} is the newest record of the entity, whether or not it is still listed.
 */
public record EntityHistory(Entity entity, List<HistoryEvent> events) {

    public static Optional<EntityHistory> of(SnapshotStore store, String entityId) {
        int colon = entityId.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("entity id must read <source>:<source_id>, got '" + entityId + "'");
        }
        String source = entityId.substring(0, colon);
        String sourceId = entityId.substring(colon + 1);
        List<TimelinePoint> points = store.timeline(source, sourceId);
        List<String> hashes = points.stream().filter(TimelinePoint::present).map(TimelinePoint::recordHash).toList();
        if (hashes.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Entity> records = store.records(hashes);
        List<HistoryEvent> events = new ArrayList<>();
        String previous = null;
        boolean seen = false;
        for (TimelinePoint p : points) {
            if (p.present() && previous == null) {
                events.add(new HistoryEvent(p.version().published(),
                        seen ? HistoryEvent.Kind.RELISTED : HistoryEvent.Kind.LISTED, p.version().version(), List.of()));
                seen = true;
            } else if (p.present() && !p.recordHash().equals(previous)) {
                events.add(new HistoryEvent(p.version().published(), HistoryEvent.Kind.CHANGED, p.version().version(),
                        EntityCodec.changedFields(records.get(previous), records.get(p.recordHash()))));
            } else if (!p.present() && previous != null) {
                events.add(new HistoryEvent(p.version().published(), HistoryEvent.Kind.DELISTED,
                        p.version().version(), List.of()));
            }
            previous = p.recordHash();
        }
        return Optional.of(new EntityHistory(records.get(hashes.get(hashes.size() - 1)), events));
    }
}
