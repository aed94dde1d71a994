package org.tradescreen.server.compat.csl;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tradescreen.model.EntityType;

/**
 * A search as the Consolidated Screening List API takes it. Sets are empty when the client sent nothing;
 * {@code sources} holds upper-case sub-list abbreviations (SDN, EL…) or our own source ids;
 * {@code countries} ISO codes in upper case. {@code asOf} is our extension: the lists as they stood that day.
 */
record CslQuery(@Nullable String name, boolean fuzzy, Set<String> sources, Set<EntityType> types, Set<String> countries,
                AddressFilter address, int size, int offset, @Nullable LocalDate asOf) {

    /**
     * trade.gov's address parameters, each a text an address field must contain (any case): {@code address}
     * and {@code full_address} anywhere in the address, the others in their own field. Null: not asked.
     */
    record AddressFilter(@Nullable String anywhere, @Nullable String city, @Nullable String state, @Nullable String postalCode) {

        boolean isEmpty() {
            return anywhere == null && city == null && state == null && postalCode == null;
        }
    }
}
