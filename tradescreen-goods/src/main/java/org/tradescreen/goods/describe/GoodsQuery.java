package org.tradescreen.goods.describe;

import java.time.LocalDate;

/**
 * What to screen: a free-text goods description, and optionally a declared CAS number and HS code.
 * Any of them may be null; {@code asOf} null means today.
 */
public record GoodsQuery(String description, String cas, String hs, LocalDate asOf) {

    /** A description alone, screened as of today. */
    public static GoodsQuery of(String description) {
        return new GoodsQuery(description, null, null, null);
    }
}
