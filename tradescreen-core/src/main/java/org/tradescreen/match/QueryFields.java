package org.tradescreen.match;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tradescreen.model.Countries;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Identifier;
import org.tradescreen.model.PartialDate;

/**
 * Reads a screening query as users type it, for the command line, the CSV and JSONL batches, the pages and the
 * HTTP API alike: {@link #query} is the one place text fields become a {@link Query}. Blank means absent; a
 * value that cannot be read is an {@link IllegalArgumentException} whose message starts with {@code where} (a
 * file and line, or a field).
 */
public final class QueryFields {

    private QueryFields() {
    }

    /**
     * A query from text fields; any but {@code name} may be null or blank.
     *
     * @param identifiers identifier values (passport, IMO, registration number…), blanks skipped
     * @param sources     the sources to search, empty for all
     */
    public static Query query(String where, @Nullable String name, @Nullable String type, @Nullable String country, @Nullable String dob,
                              @Nullable List<String> identifiers, Set<String> sources) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(where + "name: required");
        }
        List<Identifier> ids = identifiers == null ? List.of() : identifiers.stream().filter(v -> v != null && !v.isBlank())
                .map(v -> new Identifier(null, v.strip(), null, null)).toList();
        EntityType t = type(type, where);
        String c = country(country, where);
        PartialDate d = birthDate(dob, where);
        try {
            return new Query(name, t, c, d, ids, sources);
        } catch (IllegalArgumentException e) {
            // Query's own limits (name length, identifiers) name the field; say where too.
            throw new IllegalArgumentException(where + e.getMessage(), e);
        }
    }

    public static EntityType type(@Nullable String word, String where) {
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
    public static @Nullable String country(@Nullable String text, String where) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Countries.code(text).orElseThrow(() -> new IllegalArgumentException(
                where + "country: '" + text + "' is not a known country name or ISO code")).toUpperCase(Locale.ROOT);
    }

    public static @Nullable PartialDate birthDate(@Nullable String text, String where) {
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
