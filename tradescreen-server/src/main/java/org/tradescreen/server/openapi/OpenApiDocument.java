package org.tradescreen.server.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the OpenAPI 3.1 document of the registered operations. */
public final class OpenApiDocument {

    private OpenApiDocument() {
    }

    public static Map<String, Object> of(List<ApiRoutes.Operation> operations, String version) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", Map.of("title", "tradescreen", "version", version,
                "description", "Screens parties and goods against sanctions, export-control and controlled-chemical"
                        + " lists, as they stand today or as they stood on any past date."));
        Map<String, Map<String, Object>> paths = new LinkedHashMap<>();
        for (ApiRoutes.Operation op : operations) {
            paths.computeIfAbsent(op.path(), p -> new LinkedHashMap<>()).put(op.method(), operation(op));
        }
        doc.put("paths", paths);
        doc.put("components", Map.of(
                "schemas", Map.of("Error", Map.of("type", "object",
                        "properties", Map.of("error", Map.of("type", "string")), "required", List.of("error"))),
                "securitySchemes", Map.of("apiKey", Map.of("type", "apiKey", "in", "header", "name", "X-Api-Key"))));
        return doc;
    }

    private static Map<String, Object> operation(ApiRoutes.Operation op) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("tags", List.of(op.tag()));
        o.put("summary", op.summary());
        o.put("operationId", op.method() + op.path().replaceAll("[^A-Za-z0-9]+", "_"));
        List<Map<String, Object>> params = new ArrayList<>();
        for (ApiRoutes.Param p : op.params()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("in", p.in());
            m.put("required", p.required());
            m.put("description", p.description());
            m.put("schema", Map.of("type", p.type()));
            params.add(m);
        }
        o.put("parameters", params);
        if (op.requestType() != null) {
            Map<String, Object> media = new LinkedHashMap<>();
            media.put("schema", Map.of("type", op.requestType().startsWith("application/json") ? "object" : "string"));
            if (op.requestExample() != null) {
                media.put("example", example(op.requestExample(), op.requestType()));
            }
            o.put("requestBody", Map.of("required", true, "content", Map.of(op.requestType(), media)));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", Map.of("description", "OK", "content", Map.of("application/json",
                Map.of("schema", Map.of("type", "object")))));
        Map<String, Object> error = Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Error")));
        responses.put("400", Map.of("description", "The request is not understood; the message says which parameter", "content", error));
        if (op.admin()) {
            responses.put("401", Map.of("description", "No or a wrong API key", "content", error));
            o.put("security", List.of(Map.of("apiKey", List.of())));
        }
        o.put("responses", responses);
        return o;
    }

    private static Object example(String text, String type) {
        if (!type.startsWith("application/json")) {
            return text;
        }
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("bad example in an API declaration: " + text, e);
        }
    }
}
