package org.tradescreen.goods.cas;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CAS registry number, {@code NNNNNNN-NN-R}: 2 to 7 digits, 2 digits, and a check digit R equal to the
 * sum of the other digits weighted 1, 2, 3… from the right, modulo 10.
 */
public final class CasNumber {

    /** A CAS-shaped token: not part of a longer run of digits and dashes (a date, a phone number). */
    private static final Pattern IN_TEXT = Pattern.compile("(?<![\\d-])(\\d{2,7})-(\\d{2})-(\\d)(?![\\d-])");
    private static final Pattern WHOLE = Pattern.compile("\\s*(\\d{2,7})-(\\d{2})-(\\d)\\s*");

    private CasNumber() {
    }

    /** A CAS-shaped string found in text, with whether its check digit holds. */
    public record Found(String cas, boolean valid) {
    }

    /** Whether {@code cas} has the CAS shape and a correct check digit. */
    public static boolean isValid(String cas) {
        Matcher m = WHOLE.matcher(cas);
        return m.matches() && checks(m.group(1) + m.group(2), m.group(3));
    }

    /** {@code text} with every CAS-shaped string replaced by a space. */
    public static String remove(String text) {
        return IN_TEXT.matcher(text).replaceAll(" ");
    }

    /** Every CAS-shaped string in {@code text}, in order. */
    public static List<Found> findAll(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            found.add(new Found(m.group(), checks(m.group(1) + m.group(2), m.group(3))));
        }
        return found;
    }

    private static boolean checks(String digits, String check) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.length() - i) * (digits.charAt(i) - '0');
        }
        return sum % 10 == check.charAt(0) - '0';
    }
}
