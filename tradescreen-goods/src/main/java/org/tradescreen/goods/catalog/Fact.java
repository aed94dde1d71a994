package org.tradescreen.goods.catalog;

/**
 * One value of the catalog with whether a primary source confirmed it. Unconfirmed values are kept, and
 * shown as such, rather than dropped or presented as fact.
 */
public record Fact(String value, boolean verified) {
}
