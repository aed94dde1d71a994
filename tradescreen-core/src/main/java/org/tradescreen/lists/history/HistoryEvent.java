package org.tradescreen.lists.history;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One step in an entity's life on a list: listed, changed, delisted or relisted. {@code date} is the
 * published date of the first snapshot that shows the step; {@code fields} names what changed.
 */
public record HistoryEvent(LocalDate date, Kind event, int version, List<String> fields) {

    /** The kinds of step. */
    public enum Kind {
        LISTED, DELISTED, CHANGED, RELISTED;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
