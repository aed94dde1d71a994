package org.tradescreen.goods.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The controlled-chemicals catalog shipped with the product ({@code catalog.json} beside this class),
 * generated from the project's reference facts by {@code CatalogGenerator} of the bench module.
 *
 * @param format  the schema name and version, {@link #FORMAT}
 * @param source  the reference file it was generated from
 */
public record Catalog(String format, String source, List<Substance> substances) {

    /** The schema this code reads. */
    public static final String FORMAT = "tradescreen-goods-catalog/1";

    /** The JSON form: snake_case, ISO dates, null fields left out, unknown fields refused. */
    public static ObjectMapper mapper() {
        return JsonMapper.builder().addModule(new JavaTimeModule())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .serializationInclusion(JsonInclude.Include.NON_NULL).build();
    }

    /** The bundled catalog. */
    public static Catalog bundled() {
        try (InputStream in = Catalog.class.getResourceAsStream("catalog.json")) {
            if (in == null) {
                throw new IllegalStateException("catalog.json is missing from the classpath");
            }
            Catalog c = mapper().readValue(in, Catalog.class);
            if (!FORMAT.equals(c.format())) {
                throw new IllegalStateException("catalog.json has format " + c.format() + ", expected " + FORMAT);
            }
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog.json", e);
        }
    }
}
