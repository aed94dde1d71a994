package org.tradescreen.review;

import java.util.Locale;

/** What an analyst proposes an alert is. */
public enum Disposition {
    MATCH, FALSE_POSITIVE, INCONCLUSIVE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Disposition of(String text) {
        for (Disposition d : values()) {
            if (d.code().equals(text)) {
                return d;
            }
        }
        throw new IllegalArgumentException("disposition must be match, false_positive or inconclusive; got '"
                + text + "'");
    }
}
