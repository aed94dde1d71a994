package org.tradescreen.consign.screen;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Consignment results as JSON: snake_case, ISO dates, absent values left out but empty lists kept, so that
 * {@code "reasons": []} says plainly that no rule fired.
 */
public final class ConsignmentJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    private ConsignmentJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One result as one line of JSON. */
    public static String line(ConsignmentResult r) {
        try {
            return MAPPER.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a result of " + r.consignmentId() + " cannot be written as JSON", e);
        }
    }
}
