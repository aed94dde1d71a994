package org.tradescreen.model;

/**
 * An official identifier of a party: passport, national ID, IMO number, registration number, tax ID.
 * {@code type} is the list's own label ("Passport", "IMO", "SWIFT/BIC"); {@code country} is an ISO
 * alpha-2 code when known.
 */
public record Identifier(String type, String value, String country, String note) {
}
