package org.tradescreen.lists.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tradescreen.io.Json;
import org.tradescreen.io.Sha256;
import org.tradescreen.model.Entity;

/**
 * The one JSON form of an entity: snake_case fields, ISO dates, nulls and empty lists left out. The same
 * entity always gives the same bytes, so the SHA-256 of the JSON is its record hash and two snapshots
 * agree about a party exactly when the hashes agree.
 */
public final class EntityCodec {

    private static final ObjectMapper JSON = Json.mapper();

    private EntityCodec() {
    }

    public static String toJson(Entity entity) {
        try {
            return JSON.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("entity " + entity.id() + " cannot be written as JSON", e);
        }
    }

    public static Entity fromJson(String json) {
        try {
            return JSON.readValue(json, Entity.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored entity record is not readable: " + e.getOriginalMessage(), e);
        }
    }

    public static JsonNode tree(Entity entity) {
        return JSON.valueToTree(entity);
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    /** The top-level fields whose values differ between two versions of one entity, in field order. */
    public static List<String> changedFields(@Nullable Entity before, @Nullable Entity after) {
        JsonNode a = tree(before);
        JsonNode b = tree(after);
        Set<String> names = new LinkedHashSet<>();
        a.fieldNames().forEachRemaining(names::add);
        b.fieldNames().forEachRemaining(names::add);
        List<String> changed = new ArrayList<>();
        for (Iterator<String> it = names.iterator(); it.hasNext();) {
            String field = it.next();
            if (!a.path(field).equals(b.path(field))) {
                changed.add(field);
            }
        }
        return changed;
    }
}
