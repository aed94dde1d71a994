package org.tradescreen.match;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A corroborating fact that moved a hit's score, with a stable label analysts can grep for:
 * {@code dateOfBirth}, {@code country}, {@code identifier}, {@code entityType}, {@code weakAlias}.
 * {@code factor} multiplies the name score and {@code bonus} is added after.
 */
public record Feature(Label feature, Outcome outcome, double factor, double bonus, String detail) {

    /** The kinds of corroboration. */
    public enum Label {
        DATE_OF_BIRTH("dateOfBirth"), COUNTRY("country"), IDENTIFIER("identifier"), ENTITY_TYPE("entityType"),
        WEAK_ALIAS("weakAlias");

        private final String label;

        Label(String label) {
            this.label = label;
        }

        @JsonValue
        public String label() {
            return label;
        }
    }

    /** What the fact said of the hit: it agrees, nearly agrees, contradicts, or the name matched is a weak alias. */
    public enum Outcome {
        MATCH, NEAR, MISMATCH, WEAK;

        /** As explanations write it: {@code match}, {@code near}, {@code mismatch}, {@code weak}. */
        @JsonValue
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
