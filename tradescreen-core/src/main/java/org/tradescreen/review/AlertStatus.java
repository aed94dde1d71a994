package org.tradescreen.review;

import java.util.Locale;

/**
 * Where an alert stands. {@code open → in_review → proposed → confirmed_match | cleared}; a supervisor may send a
 * proposal back to {@code in_review}; any live alert may be {@code escalated}. Monitoring moves a live alert to
 * {@code entity_delisted} when its entry leaves the list and to {@code no_longer_matches} when a change of the entry
 * means it no longer matches: both still wait for a reviewer, since a delisting must lift an alert on the record and
 * not silently. {@code superseded} closes an alert whose counterparty was imported again with other data (the new
 * data is screened afresh). {@code suppressed} is not an alert to work but the record of a screen the allow-list held.
 */
public enum AlertStatus {
    OPEN, IN_REVIEW, PROPOSED, CONFIRMED_MATCH, CLEARED, ESCALATED, SUPERSEDED, ENTITY_DELISTED, NO_LONGER_MATCHES,
    SUPPRESSED;

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
                + " cleared, escalated, superseded, entity_delisted, no_longer_matches, suppressed; got '" + text + "'");
    }

    /** Whether the alert still waits for a decision. */
    public boolean live() {
        return this == OPEN || this == IN_REVIEW || this == PROPOSED || this == ESCALATED || this == ENTITY_DELISTED
                || this == NO_LONGER_MATCHES;
    }
}
