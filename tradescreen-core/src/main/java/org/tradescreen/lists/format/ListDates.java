package org.tradescreen.lists.format;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tradescreen.model.PartialDate;

/**
 * Reads the date spellings official lists use: ISO ("1980-02-08"), OFAC's "08 Feb 1980", "Feb 1980"
 * and "1980", US "02/08/1980", UK "08/02/1980" (day first, by caller's choice), and years with "circa".
 * Returns empty rather than guessing when the text is not a date; callers keep such text as a remark.
 */
public final class ListDates {

    private static final Pattern YEAR = Pattern.compile("(?:circa |c\\. ?|approximately )?(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]{3,9})\\.? (\\d{4})");
    private static final List<DateTimeFormatter> DAY_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH));

    /** The widest birth year range taken as one; wider ones are typos. */
    public static final int MAX_YEAR_SPAN = 20;
    private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");

    private ListDates() {
    }

    /** A full or partial date; {@code dayFirst} decides how "01/02/2003" is read. */
    public static Optional<PartialDate> partial(@Nullable String text, boolean dayFirst) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            if (t.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                return Optional.of(PartialDate.parse(t));
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
                return Optional.of(PartialDate.parse(t.substring(0, 10)));
            }
            Matcher slash = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})").matcher(t);
            if (slash.matches()) {
                int a = Integer.parseInt(slash.group(1));
                int b = Integer.parseInt(slash.group(2));
                int year = Integer.parseInt(slash.group(3));
                return Optional.of(dayFirst ? new PartialDate(year, b, a) : new PartialDate(year, a, b));
            }
            for (DateTimeFormatter f : DAY_FORMATS) {
                try {
                    return Optional.of(PartialDate.of(LocalDate.parse(capitalise(t), f)));
                } catch (DateTimeParseException ignored) {
                    // try the next spelling
                }
            }
            Matcher my = MONTH_YEAR.matcher(t);
            if (my.matches()) {
                int month = monthNumber(my.group(1));
                if (month > 0) {
                    return Optional.of(new PartialDate(Integer.parseInt(my.group(2)), month, null));
                }
            }
            Matcher y = YEAR.matcher(t.toLowerCase(Locale.ROOT));
            if (y.matches()) {
                return Optional.of(new PartialDate(Integer.parseInt(y.group(1)), null, null));
            }
        } catch (IllegalArgumentException notADate) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Each year of a birth year range, "1960" to "1979"; none when an end is not a four-digit year, or the range
     * runs backwards or spans more than {@link #MAX_YEAR_SPAN} years, which is a typo rather than a range (the caller
     * keeps the text as a remark).
     */
    public static List<PartialDate> years(String from, String to) {
        if (!FOUR_DIGITS.matcher(from.strip()).matches() || !FOUR_DIGITS.matcher(to.strip()).matches()) {
            return List.of();
        }
        int first = Integer.parseInt(from.strip());
        int last = Integer.parseInt(to.strip());
        if (first < 1000 || last < first || last - first > MAX_YEAR_SPAN) {
            return List.of();
        }
        List<PartialDate> years = new java.util.ArrayList<>();
        for (int y = first; y <= last; y++) {
            years.add(new PartialDate(y, null, null));
        }
        return years;
    }

    /** A full day, or empty. */
    public static Optional<LocalDate> day(@Nullable String text, boolean dayFirst) {
        return partial(text, dayFirst)
                .filter(d -> d.day() != null)
                .map(d -> LocalDate.of(d.year(), d.month(), d.day()));
    }

    private static int monthNumber(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (w.startsWith(months[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String capitalise(String t) {
        StringBuilder sb = new StringBuilder(t.toLowerCase(Locale.ROOT));
        for (int i = 0; i < sb.length(); i++) {
            if (Character.isLetter(sb.charAt(i)) && (i == 0 || !Character.isLetter(sb.charAt(i - 1)))) {
                sb.setCharAt(i, Character.toUpperCase(sb.charAt(i)));
            }
        }
        return sb.toString();
    }
}
