package org.tradescreen.model;

import org.jspecify.annotations.Nullable;

/** Registry details of a listed vessel or aircraft. Fields are null when the list does not give them. */
public record Vessel(@Nullable String callSign, @Nullable String vesselType, @Nullable String flag, @Nullable String tonnage, @Nullable String grossRegisteredTonnage,
                     @Nullable String owner) {
}
