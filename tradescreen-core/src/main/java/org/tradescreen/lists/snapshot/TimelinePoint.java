package org.tradescreen.lists.snapshot;

import org.jspecify.annotations.Nullable;

/**
 * One version of a source seen from one entity: the version, and the entity's record hash in it, or null
 * when the entity is absent from that version.
 */
public record TimelinePoint(SnapshotVersion version, @Nullable String recordHash) {

    public boolean present() {
        return recordHash != null;
    }
}
