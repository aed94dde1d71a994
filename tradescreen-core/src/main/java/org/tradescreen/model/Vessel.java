package org.tradescreen.model;

/** Registry details of a listed vessel or aircraft. Fields are null when the list does not give them. */
public record Vessel(String callSign, String vesselType, String flag, String tonnage, String grossRegisteredTonnage,
                     String owner) {
}
