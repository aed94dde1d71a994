package org.tradescreen.review;

import java.util.Locale;

/**
 * Where an alert stands. {@code open → in_review → proposed → confirmed_match | cleared}; a supervisor may send a
 * proposal back to {@code in_review}; any live alert may be {@code escalated}; {@code superseded} and
 * {@code entity_delisted} close an alert that no longer needs a decision. {@code suppressed} is not an alert to work
 * but the record of a screen the allow-list held.
 */
public enum AlertStatus {
    OPEN, IN_REVIEW, PROPOSED, CONFIRMED_MATCH, CLEARED, ESCALATED, SUPERSEDED, ENTITY_DELISTED, SUPPRESSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AlertStatus of(String text) {
        for (AlertStatus s : values()) {
            if (s.code().equals(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("status must be one of open, in_review, proposed, confirmed_match,"
                + " cleared, escalated, superseded, entity_delisted, suppressed; got '" + text + "'");
    }

    /** Whether the alert still waits for a decision. */
    public boolean live() {
        return this == OPEN || this == IN_REVIEW || this == PROPOSED || this == ESCALATED;
    }
}
