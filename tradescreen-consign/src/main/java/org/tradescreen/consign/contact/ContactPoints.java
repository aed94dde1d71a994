package org.tradescreen.consign.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Contact points written the way they can be compared: phone numbers as E.164 (libphonenumber), e-mail addresses
 * in lower case, web sites and e-mail domains as a host name without {@code www.}, street addresses as a set of
 * words with common abbreviations spelt out. Each method gives "" when there is nothing to compare.
 */
public final class ContactPoints {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /** Street words written short in some addresses and long in others. */
    private static final Map<String, String> LONG_FORMS = Map.ofEntries(Map.entry("rd", "road"),
            Map.entry("st", "street"), Map.entry("str", "street"), Map.entry("ave", "avenue"), Map.entry("av", "avenue"),
            Map.entry("blvd", "boulevard"), Map.entry("bldg", "building"), Map.entry("fl", "floor"),
            Map.entry("flr", "floor"), Map.entry("rm", "room"), Map.entry("dist", "district"), Map.entry("ste", "suite"));
    /** Words that say nothing of where: "No. 5", "Room 301" keep the number, not the word. */
    private static final Set<String> NOISE = Set.of("no", "number", "nr", "the", "of", "and", "room", "unit", "suite");

    private ContactPoints() {
    }

    /**
     * A phone number as E.164 ("+8615927270571"). A number without a country code is read in {@code region}
     * (an ISO alpha-2 code, or empty); lists write numbers with the code but without "+" ("8615927270571"), which
     * is tried as international first when it is long enough to be one.
     */
    public static String phone(String text, String region) {
        if (text == null) {
            return "";
        }
        String digits = text.replaceAll("[^0-9+]", "");
        if (digits.replace("+", "").length() < 6) {
            return "";
        }
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        }
        if (!digits.startsWith("+") && digits.length() >= 11) {
            String international = e164("+" + digits, null);
            if (!international.isEmpty()) {
                return international;
            }
        }
        return e164(digits, region == null || region.isEmpty() ? null : region.toUpperCase(Locale.ROOT));
    }

    private static String e164(String text, @Nullable String region) {
        try {
            Phonenumber.PhoneNumber n = PHONES.parse(text, region);
            // A trunk "0" kept after the country code ("+86 0178…") is not part of the number.
            if (n.hasItalianLeadingZero() && !PHONES.isValidNumber(n)) {
                n.setItalianLeadingZero(false);
            }
            return PHONES.isPossibleNumber(n) ? PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.E164) : "";
        } catch (NumberParseException e) {
            return "";
        }
    }

    /** An e-mail address in lower case, or "" when it is not one. */
    public static String email(String text) {
        if (text == null) {
            return "";
        }
        String e = text.strip().toLowerCase(Locale.ROOT);
        return e.matches("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}") ? e : "";
    }

    /** The host of a web site or of an e-mail address, without scheme, {@code www.}, port or path. */
    public static String domain(String text) {
        if (text == null) {
            return "";
        }
        String d = text.strip().toLowerCase(Locale.ROOT);
        int at = d.lastIndexOf('@');
        if (at >= 0) {
            d = d.substring(at + 1);
        }
        d = d.replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
        d = d.split("[/:?#]", 2)[0];
        return d.matches("[a-z0-9.-]+\\.[a-z]{2,}") ? d : "";
    }

    /** Free-mail and carrier domains say nothing about who the party is. */
    public static boolean sharedDomain(String domain) {
        return SHARED_DOMAINS.contains(domain);
    }

    private static final Set<String> SHARED_DOMAINS = Set.of("gmail.com", "qq.com", "163.com", "126.com",
            "hotmail.com", "outlook.com", "yahoo.com", "yeah.net", "sina.com", "foxmail.com", "aliyun.com",
            "protonmail.com", "icloud.com", "mail.ru", "yandex.ru");

    /** The words of a street address: lower case, without accents, abbreviations spelt out, noise words dropped. */
    public static List<String> streetWords(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        Set<String> words = new LinkedHashSet<>();
        for (String w : folded.split("[^a-z0-9]+")) {
            if (!w.isEmpty() && !NOISE.contains(w)) {
                words.add(LONG_FORMS.getOrDefault(w, w));
            }
        }
        return List.copyOf(words);
    }

    /** Whether a word carries a number (a house, floor or room number). */
    public static boolean numbered(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }

    static List<String> split(String text) {
        return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
