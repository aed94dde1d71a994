package org.tradescreen.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The dates a user may give for screening, publication or controls: ISO {@code YYYY-MM-DD} between
 * {@value #FIRST_TEXT} and {@value #LAST_TEXT}. Java reads years up to ±999,999,999, which the databases cannot
 * store or compare: {@code +999999999-12-31} once screened against no list at all, and {@code -999999999-01-01}
 * showed a later list as in force. Checked where a date comes in, so nothing past this range reaches the store.
 */
public final class Dates {

    static final String FIRST_TEXT = "1900-01-01";
    static final String LAST_TEXT = "2999-12-31";
    public static final LocalDate FIRST = LocalDate.parse(FIRST_TEXT);
    public static final LocalDate LAST = LocalDate.parse(LAST_TEXT);

    private Dates() {
    }

    /**
     * Reads a date; null or blank is null.
     *
     * @param field names the value in the error: a parameter, an option, or a file, line and column
     * @throws IllegalArgumentException naming {@code field} when the text is not a date in range
     */
    public static @Nullable LocalDate parse(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(prefix(field) + "'" + text.strip() + "' is not a YYYY-MM-DD date");
        }
        return requireInRange(date, field);
    }

    /**
     * {@code date} itself, or an {@link IllegalArgumentException} naming {@code field} (empty: no name) when it
     * is out of range.
     */
    public static @Nullable LocalDate requireInRange(@Nullable LocalDate date, String field) {
        if (date != null && (date.isBefore(FIRST) || date.isAfter(LAST))) {
            throw new IllegalArgumentException(prefix(field) + date + " is out of range; dates run from " + FIRST_TEXT
                    + " to " + LAST_TEXT);
        }
        return date;
    }

    private static String prefix(String field) {
        return field.isEmpty() ? "" : field + ": ";
    }
}
