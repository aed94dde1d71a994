package org.tradescreen.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads JSON request bodies field by field, so that a wrong field is a 400 that names it. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** For the compatible APIs: they send absent values as null, and their clients expect every key. */
    private static final ObjectMapper WITH_NULLS = org.tradescreen.io.Json.mapper()
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS);

    private Json() {
    }

    /** The body as a JSON object. */
    public static JsonNode body(Context ctx) {
        String text = ctx.body();
        if (text.isBlank()) {
            throw new BadRequest("the request needs a JSON body");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            // Limit violations (nesting depth, sizes) come without a location.
            throw new BadRequest("the body is not valid JSON: " + e.getOriginalMessage() + (e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        }
        if (node == null || !node.isObject()) {
            throw new BadRequest("the body must be a JSON object");
        }
        return node;
    }

    /** Answers {@code document} as JSON keeping null values, as trade.gov's and yente's APIs do. */
    public static void answerWithNulls(Context ctx, Object document) {
        try {
            ctx.contentType("application/json").result(WITH_NULLS.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** A string field, stripped; null when absent, null or blank. */
    public static @Nullable String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new BadRequest(field + ": must be a string");
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** A field that may be one string or an array of strings. */
    public static List<String> texts(JsonNode node, String field) {
        JsonNode v = node.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            for (JsonNode x : v) {
                if (!x.isValueNode()) {
                    throw new BadRequest(field + ": must be a string or an array of strings");
                }
                if (!x.isNull() && !x.asText().isBlank()) {
                    out.add(x.asText().strip());
                }
            }
        } else if (v.isValueNode()) {
            if (!v.asText().isBlank()) {
                out.add(v.asText().strip());
            }
        } else {
            throw new BadRequest(field + ": must be a string or an array of strings");
        }
        return out;
    }

    public static double number(JsonNode node, String field, double min, double max) {
        JsonNode v = node.get(field);
        if (v == null || !v.isNumber()) {
            throw new BadRequest(field + ": must be a number");
        }
        double d = v.asDouble();
        if (!(d >= min && d <= max)) {
            throw new BadRequest(field + ": must be between " + min + " and " + max + ", got " + v);
        }
        return d;
    }
}
