package org.tradescreen.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.tradescreen.io.Json;

/**
 * Prints one JSON document on stdout, in the snake_case form the store and the API use. Empty lists are
 * kept so that every documented key is always present.
 */
final class JsonOutput {

    private static final ObjectMapper JSON = Json.mapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    static void print(Object document) {
        try {
            System.out.println(JSON.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON output", e);
        }
    }
}
