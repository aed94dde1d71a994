package org.tradescreen.lists.snapshot;

import org.tradescreen.model.Entity;

/**
 * An entity with its canonical JSON and record hash, computed once: the loader needs the hashes for the
 * content hash and the store needs JSON and hash to write the records.
 */
public record EncodedEntity(Entity entity, String json, String recordHash) {

    public static EncodedEntity of(Entity entity) {
        String json = EntityCodec.toJson(entity);
        return new EncodedEntity(entity, json, EntityCodec.sha256(json));
    }
}
