package org.tradescreen.goods.describe;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tradescreen.goods.structure.Molecule;

/**
 * What to screen: a free-text goods description, a declared CAS number and HS code, and a structure. Any of them
 * may be null; {@code asOf} null means today.
 */
public record GoodsQuery(@Nullable String description, @Nullable String cas, @Nullable String hs, @Nullable Molecule structure, @Nullable LocalDate asOf) {

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
        return new GoodsQuery(description, null, null, null, null);
    }

    /** Text fields only, as of {@code asOf}. */
    public static GoodsQuery text(String description, @Nullable String cas, @Nullable String hs, @Nullable LocalDate asOf) {
        return new GoodsQuery(description, cas, hs, null, asOf);
    }
}
