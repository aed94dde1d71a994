package org.tradescreen.consign;

/**
 * One goods line of a consignment. {@code hsCode} is normalised to {@code dddd.dd} or {@code dddd.dddd} (empty when
 * not given or unreadable); {@code cas} and {@code smiles} are as declared. Numbers are null when absent.
 */
public record GoodsLine(int lineNo, String description, Double quantity, String unit, Double netWeightKg,
                        Double value, String currency, String hsCode, String originCountry, String cas,
                        String smiles) {
}
