package org.tradescreen.lists.format.ftm;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.format.ListFormatException;

/**
 * One checked line of an FtM file: an entity with its id and schema, and what to do with it. Lines of an
 * entity file read as {@link Op#ADD}; a delta line names its own op, and a {@code DEL} carries only the id
 * (its schema is null).
 */
record FtmRecord(long line, Op op, String id, @Nullable String schema, JsonNode entity) {

    /** The operations of a delta file. */
    enum Op { ADD, MOD, DEL }

    /** A line of an entity file: {@code {"id","schema","properties",…}}. */
    static FtmRecord entity(Path file, long line, JsonNode node) {
        if (node.has("op")) {
            throw new ListFormatException(file, line, "op", "a delta operation in a file of entities");
        }
        return new FtmRecord(line, Op.ADD, required(file, line, node, "id", ""),
                required(file, line, node, "schema", ""), node);
    }

    /** A line of a delta file: {@code {"op":"ADD"|"MOD"|"DEL","entity":{…}}}. */
    static FtmRecord operation(Path file, long line, JsonNode node) {
        String opText = text(node, "op");
        if (opText == null) {
            throw new ListFormatException(file, line, "op", "the line has no op (an entity line in a delta file?)");
        }
        Op op;
        try {
            op = Op.valueOf(opText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ListFormatException(file, line, "op", "expected ADD, MOD or DEL, got " + opText);
        }
        JsonNode entity = node.get("entity");
        if (entity == null || !entity.isObject()) {
            throw new ListFormatException(file, line, "entity", "the operation has no entity object");
        }
        String id = required(file, line, entity, "id", "entity.");
        String schema = op == Op.DEL ? text(entity, "schema") : required(file, line, entity, "schema", "entity.");
        return new FtmRecord(line, op, id, schema, entity);
    }

    private static String required(Path file, long line, JsonNode node, String field, String prefix) {
        String value = text(node, field);
        if (value == null) {
            throw new ListFormatException(file, line, prefix + field, "the entity has no " + field);
        }
        return value;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isValueNode() || v.isNull() || v.asText().isBlank()) {
            return null;
        }
        return v.asText().strip();
    }
}
