package org.tradescreen.match;

import java.util.Locale;
import org.tradescreen.model.Countries;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.PartialDate;

/**
 * Reads the optional fields of a screening query as users type them, for the command line, the CSV and
 * JSONL batches and the HTTP API alike. Blank means absent; a value that cannot be read is an
 * {@link IllegalArgumentException} whose message starts with {@code where} (a file and line, or a field).
 */
public final class QueryFields {

    private QueryFields() {
    }

    public static EntityType type(String word, String where) {
        if (word == null || word.isBlank()) {
            return EntityType.UNKNOWN;
        }
        EntityType t = EntityType.fromWord(word);
        if (t == EntityType.UNKNOWN) {
            throw new IllegalArgumentException(where + "type: '" + word + "' is not person, organization, vessel or aircraft");
        }
        return t;
    }

    /** The ISO code of a country name or code, upper case. */
    public static String country(String text, String where) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Countries.code(text).orElseThrow(() -> new IllegalArgumentException(
                where + "country: '" + text + "' is not a known country name or ISO code")).toUpperCase(Locale.ROOT);
    }

    public static PartialDate birthDate(String text, String where) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + "dob: '" + text + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }
}
