package org.tradescreen.goods.describe;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code goods} result: the class, the hits best first, and warnings.
 *
 * @param classification the class; see {@link GoodsScreener}
 * @param structure      the structure's classification, or null when none was given or read
 */
public record GoodsResult(@JsonProperty("class") GoodsClass classification, LocalDate asOf, List<GoodsHit> hits,
                          @Nullable GoodsStructure structure, List<String> warnings) {

    /** Whether the result is a controlled hit, which the command line signals with exit status 1. */
    public boolean controlled() {
        return classification != GoodsClass.NONE;
    }
}
