package org.tradescreen.goods.describe;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the goods are, summed up: the {@code class} of the {@code goods} result. */
public enum GoodsClass {
    /** In the US fentanyl-related-substance class, whether or not also listed by name. */
    FENTANYL_RELATED("fentanyl-related"),
    /** A listed precursor, or a member of a listed precursor family (salts, amides, carbamates…). */
    PRECURSOR("precursor"),
    /** A scheduled drug that is neither of the above, such as fentanyl or carfentanil. */
    CONTROLLED("controlled"),
    /** Nothing controlled found. */
    NONE("none");

    private final String code;

    GoodsClass(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
