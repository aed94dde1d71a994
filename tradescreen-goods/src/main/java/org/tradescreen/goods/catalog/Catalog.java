package org.tradescreen.goods.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.tradescreen.lists.snapshot.EntityCodec;

/**
 * The controlled-chemicals catalog shipped with the product ({@code catalog.json} beside this class),
 * generated from the project's reference facts by {@code CatalogGenerator} in the test sources.
 *
 * @param format  the schema name and version, {@link #FORMAT}
 * @param source  the reference file it was generated from
 */
public record Catalog(String format, String source, List<Substance> substances) {

    /** The schema this code reads. */
    public static final String FORMAT = "tradescreen-goods-catalog/1";

    /** The JSON form: snake_case, ISO dates. */
    public static ObjectMapper mapper() {
        return EntityCodec.mapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
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
