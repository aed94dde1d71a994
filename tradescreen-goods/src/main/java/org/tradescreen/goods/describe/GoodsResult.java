package org.tradescreen.goods.describe;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code goods} result (CONTRACTS.md): the class, the hits best first, and warnings.
 *
 * @param classification {@code fentanyl-related}, {@code precursor}, {@code controlled} or {@code none}; see
 *                       {@link GoodsScreener}
 * @param structure      the structure's classification, or null when no structure was given
 */
public record GoodsResult(@JsonProperty("class") String classification, LocalDate asOf, List<GoodsHit> hits,
                          GoodsStructure structure, List<String> warnings) {

    /** In the US fentanyl-related-substance class, whether or not also listed by name. */
    public static final String FENTANYL_RELATED = "fentanyl-related";
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
