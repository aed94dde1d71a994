package org.tradescreen.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads a YYYY-MM-DD option value, naming the option when it is not a date. */
final class Dates {
    private Dates() {
    }

    static LocalDate parse(String text, String option) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UserInputException(option + ": '" + text + "' is neither a version number nor a YYYY-MM-DD date");
        }
    }
}
