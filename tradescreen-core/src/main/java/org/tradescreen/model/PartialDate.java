package org.tradescreen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A date that lists often give only in part: a year ("1962"), a year and month, or a full day.
 * Written as ISO text: "1962", "1962-07", "1962-07-21".
 */
public record PartialDate(int year, @Nullable Integer month, @Nullable Integer day) {

    public PartialDate {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such day: " + year + "-" + month + "-" + day, e);
            }
        }
    }

    /** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
    @JsonCreator
    public static PartialDate parse(String text) {
        String[] parts = text.strip().split("-");
        try {
            return switch (parts.length) {
                case 1 -> new PartialDate(Integer.parseInt(parts[0]), null, null);
                case 2 -> new PartialDate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), null);
                case 3 -> new PartialDate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2]));
                default -> throw new IllegalArgumentException("not a date: " + text);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a date: " + text, e);
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    @JsonValue
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(year);
        if (month != null) {
            sb.append('-').append(month < 10 ? "0" : "").append(month);
        }
        if (day != null) {
            sb.append('-').append(day < 10 ? "0" : "").append(day);
        }
        return sb.toString();
    }
}
