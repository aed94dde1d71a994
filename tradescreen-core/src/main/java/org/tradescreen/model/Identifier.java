package org.tradescreen.model;

import org.jspecify.annotations.Nullable;

/**
 * An official identifier of a party: passport, national ID, IMO number, registration number, tax ID.
 * {@code type} is the list's own label ("Passport", "IMO", "SWIFT/BIC"); {@code country} is an ISO
 * alpha-2 code when known.
 */
public record Identifier(@Nullable String type, String value, @Nullable String country, @Nullable String note) {

    /**
     * The value as identifiers are compared: letters and digits only, upper case, without an "IMO"
     * prefix, so "IMO 9339301", "9339301" and "imo-9339301" are one identifier.
     */
    public String canonicalValue() {
        return value == null ? "" : value.replaceAll("[^A-Za-z0-9]", "").toUpperCase(java.util.Locale.ROOT)
                .replaceFirst("^IMO", "");
    }
}
