package org.tradescreen.review;

import java.util.Locale;

/**
 * What a user may do. An analyst works alerts and proposes dispositions; a supervisor also confirms or sends back
 * what someone else proposed; an admin manages users; an auditor reads everything and changes nothing.
 */
public enum Role {
    ANALYST, SUPERVISOR, ADMIN, AUDITOR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("role must be analyst, supervisor, admin or auditor, got '" + text + "'");
        }
    }

    public boolean canReview() {
        return this == ANALYST || this == SUPERVISOR;
    }

    public boolean canConfirm() {
        return this == SUPERVISOR;
    }
}
