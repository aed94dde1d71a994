package org.tradescreen.consign.manifest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tradescreen.model.Countries;

/**
 * What the standards of a manifest define, checked: ISO 3166 country codes (alpha-2, alpha-3 or an English name,
 * kept as alpha-2), UPU S10 item ids (their check digit) and HS codes (normalised to {@code dddd.dd} or
 * {@code dddd.dddd}: the six-digit subheading the Harmonized System defines, and two more national digits when
 * given).
 */
public final class Standards {

    private static final Pattern S10 = Pattern.compile("([A-Z]{2})(\\d{8})(\\d)([A-Z]{2})");
    private static final int[] S10_WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

    private Standards() {
    }

    /** The alpha-2 code of a country, or empty when the text is not a known country. */
    public static Optional<String> country(String text) {
        return Countries.code(text).map(c -> c.toUpperCase(Locale.ROOT));
    }

    /** Whether {@code id} has the shape of a UPU S10 item id ("RR123456785CN"), blanks and case ignored. */
    public static boolean looksLikeS10(String id) {
        return S10.matcher(compact(id)).matches();
    }

    /** Whether an S10 item id's check digit is right (UPU S10: weights 8 6 4 2 3 5 9 7, modulo 11). */
    public static boolean s10CheckDigitValid(String id) {
        var m = S10.matcher(compact(id));
        if (!m.matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (m.group(2).charAt(i) - '0') * S10_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        check = check == 10 ? 0 : check == 11 ? 5 : check;
        return check == m.group(3).charAt(0) - '0';
    }

    /**
     * An HS code normalised: "293339", "2933.39" and "2933 39 00" give "2933.39", "29333900" gives "2933.3900", a
     * ten-digit national code keeps eight digits. Empty when it has fewer than six digits or anything but digits,
     * dots and spaces.
     */
    public static String hsCode(String text) {
        if (text == null || text.isBlank() || !text.strip().matches("[0-9. ]+")) {
            return "";
        }
        String digits = text.replaceAll("[^0-9]", "");
        if (digits.length() < 6 || digits.length() > 10 || digits.length() % 2 != 0) {
            return "";
        }
        String kept = digits.length() > 8 ? digits.substring(0, 8) : digits;
        return kept.substring(0, 4) + "." + kept.substring(4);
    }

    private static String compact(String id) {
        return id == null ? "" : id.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }
}
