package org.tradescreen.goods.describe;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code goods} result (CONTRACTS.md): the class, the hits best first, and warnings.
 *
 * @param classification {@code precursor}, {@code controlled} or {@code none}; see {@link GoodsScreener}
 */
public record GoodsResult(@JsonProperty("class") String classification, LocalDate asOf, List<GoodsHit> hits,
                          List<String> warnings) {

    /** A listed precursor, or a substance under a precursor control. */
    public static final String PRECURSOR = "precursor";
    /** A scheduled drug that is not a precursor. */
    public static final String CONTROLLED = "controlled";
    /** Nothing controlled found. */
    public static final String NONE = "none";

    /** Whether the result is a controlled hit, which the command line signals with exit status 1. */
    public boolean controlled() {
        return !NONE.equals(classification);
    }
}
