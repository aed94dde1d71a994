package org.tradescreen.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The role a name plays on a list entry. */
public enum NameKind {
    PRIMARY, ALIAS, FORMER;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
