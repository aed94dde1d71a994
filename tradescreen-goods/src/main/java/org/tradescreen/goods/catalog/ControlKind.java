package org.tradescreen.goods.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a control does: a precursor control, or a drug schedule. */
public enum ControlKind {
    /** A precursor list or table (US List I/II, 1988 Convention Tables), or an immediate precursor. */
    PRECURSOR("precursor"),
    /** A drug schedule. */
    CONTROLLED("controlled");

    private final String code;

    ControlKind(String code) {
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
