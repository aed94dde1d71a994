package org.tradescreen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What kind of party a list entry is. Lists that do not say are {@link #UNKNOWN}. */
public enum EntityType {
    PERSON, ORGANIZATION, VESSEL, AIRCRAFT, UNKNOWN;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads the words lists use ("individual", "Entity", "vessel"…); null and unknown words give UNKNOWN. */
    @JsonCreator
    public static EntityType fromWord(@Nullable String word) {
        if (word == null) {
            return UNKNOWN;
        }
        return switch (word.trim().toLowerCase(Locale.ROOT)) {
            case "person", "individual", "individuals" -> PERSON;
            case "organization", "organisation", "entity", "entities", "company", "legalentity" -> ORGANIZATION;
            case "vessel", "ship" -> VESSEL;
            case "aircraft", "airplane" -> AIRCRAFT;
            default -> UNKNOWN;
        };
    }
}
