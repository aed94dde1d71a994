package org.tradescreen.lists.format;

/**
 * What names a format: its stable name, used with {@code --format} ("ofac-csv"), and the source id its entities are
 * filed under when the user gives none ("us-ofac-sdn").
 */
public record FormatInfo(String name, String defaultSource) {
}
