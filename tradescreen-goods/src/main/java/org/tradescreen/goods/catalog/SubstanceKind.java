package org.tradescreen.goods.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a catalog entry is. */
public enum SubstanceKind {
    /** A named substance. */
    SUBSTANCE("substance"),
    /** A structural class (fentanyl-related substances), screened by structure, never by name. */
    CLASS("class"),
    /** Not controlled; watched for risk scoring. */
    WATCH("watch");

    private final String code;

    SubstanceKind(String code) {
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
