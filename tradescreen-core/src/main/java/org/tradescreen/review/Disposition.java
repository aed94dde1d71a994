package org.tradescreen.review;

import java.util.Locale;

/**
 * What an analyst proposes an alert is. {@code not_listed}: whatever it was, the entry no longer lists the party
 * (delisted, or the name that matched was taken off it), so the alert is cleared on confirmation.
 */
public enum Disposition {
    MATCH, FALSE_POSITIVE, INCONCLUSIVE, NOT_LISTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Disposition of(String text) {
        for (Disposition d : values()) {
            if (d.code().equals(text)) {
                return d;
            }
        }
        throw new IllegalArgumentException("disposition must be match, false_positive, inconclusive or not_listed; got '"
                + text + "'");
    }
}
