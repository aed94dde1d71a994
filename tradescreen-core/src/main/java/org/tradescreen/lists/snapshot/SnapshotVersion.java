package org.tradescreen.lists.snapshot;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored version of one source: its number (1, 2, … in load order), the date the list was
 * published, how many entities it holds and when it was loaded. {@code id} is the store's key.
 */
public record SnapshotVersion(long id, String source, int version, LocalDate published, String format,
                              String contentHash, int entityCount, Instant loadedAt)
        implements java.io.Serializable {
}
