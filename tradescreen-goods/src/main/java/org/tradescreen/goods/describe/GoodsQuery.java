package org.tradescreen.goods.describe;

import java.time.LocalDate;

/**
 * What to screen: a free-text goods description, and optionally a declared CAS number and HS code.
 * Any of them may be null; {@code asOf} null means today.
 */
public record GoodsQuery(String description, String cas, String hs, LocalDate asOf) {

    /** Longer than any goods description on a declaration; beyond it reading systematic names only costs time. */
    public static final int MAX_DESCRIPTION_LENGTH = 5000;

    public GoodsQuery {
        if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("description: " + description.length() + " characters; at most "
                    + MAX_DESCRIPTION_LENGTH);
        }
    }

    /** A description alone, screened as of today. */
    public static GoodsQuery of(String description) {
        return new GoodsQuery(description, null, null, null);
    }
}
