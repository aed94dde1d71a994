package org.tradescreen.lists.snapshot;

/** A snapshot's reference to an entity record: which source id, which record (by hash), under which name. */
public record StoredEntity(String sourceId, String recordHash, String name) {
}
