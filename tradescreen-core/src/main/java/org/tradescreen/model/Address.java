package org.tradescreen.model;

import org.jspecify.annotations.Nullable;

/**
 * A postal address as the list states it. {@code country} keeps the list's wording;
 * {@code countryCode} is its ISO 3166-1 alpha-2 code where the wording could be resolved, else null.
 */
public record Address(@Nullable String street, @Nullable String city, @Nullable String region, @Nullable String postalCode, @Nullable String country,
                      @Nullable String countryCode) {

    /** The address as one line, for display and for hashing addresses into stable ids. */
    public String oneLine() {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {street, city, region, postalCode, country}) {
            if (part != null && !part.isBlank()) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(part.strip());
            }
        }
        return sb.toString();
    }
}
