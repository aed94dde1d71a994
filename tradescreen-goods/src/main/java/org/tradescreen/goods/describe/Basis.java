package org.tradescreen.goods.describe;

import com.fasterxml.jackson.annotation.JsonValue;

/** What found a substance in the goods: the {@code basis} of a hit. */
public enum Basis {
    NAME("name"),
    SYNONYM("synonym"),
    /** A short form (NPP, 4-AP), matched only as a whole word in its own case. */
    ABBREVIATION("abbreviation"),
    CAS("cas"),
    /** An HS code alone: a weak signal. */
    HS("hs"),
    /** The same structure as a catalog substance (given, or read from a systematic name). */
    STRUCTURE("structure");

    private final String code;

    Basis(String code) {
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
