package org.tradescreen.consign.policy;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a rule is evaluated for: once per consignment, per party, per list hit of a party, per contact point of a
 * party found on a list, or per goods line. A reason names the party or the line of its scope. Each scope sees
 * {@code consignment} and the variables of its own level.
 */
public enum Scope {
    CONSIGNMENT(List.of("consignment")),
    PARTY(List.of("consignment", "party")),
    HIT(List.of("consignment", "party", "hit")),
    CONTACT(List.of("consignment", "party", "contact")),
    LINE(List.of("consignment", "line"));

    private final List<String> variables;

    Scope(List<String> variables) {
        this.variables = variables;
    }

    /** The fact variables a rule of this scope may read (besides {@code sets}, {@code limits} and {@code maps}). */
    public List<String> variables() {
        return variables;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scope named {@code text}, or null. */
    static @Nullable Scope of(String text) {
        for (Scope s : values()) {
            if (s.code().equals(text)) {
                return s;
            }
        }
        return null;
    }
}
