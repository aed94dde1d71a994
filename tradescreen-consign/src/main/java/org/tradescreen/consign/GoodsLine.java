package org.tradescreen.consign;

import org.jspecify.annotations.Nullable;

/**
 * One goods line of a consignment. {@code hsCode} is normalised to {@code dddd.dd} or {@code dddd.dddd} (empty when
 * not given or unreadable); {@code cas} and {@code smiles} are as declared. Numbers are null when absent.
 */
public record GoodsLine(int lineNo, String description, @Nullable Double quantity, String unit, @Nullable Double netWeightKg,
                        @Nullable Double value, String currency, String hsCode, String originCountry, String cas,
                        String smiles) {
}
