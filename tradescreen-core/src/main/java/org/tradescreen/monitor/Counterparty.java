package org.tradescreen.monitor;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tradescreen.match.Query;
import org.tradescreen.match.QueryFields;
import org.tradescreen.review.Subject;

/**
 * A party a user watches: their own id for it, and what they know of it. Fields are as imported (blank is
 * absent); {@link #query} reads them the way every screening input is read.
 */
public record Counterparty(String id, @Nullable String name, @Nullable String type, @Nullable String country, @Nullable String dob, @Nullable String identifier) {

    /** The longest id kept (the column's width). */
    public static final int MAX_ID_LENGTH = 200;
    /** The longest identifier kept (the column's width). */
    public static final int MAX_IDENTIFIER_LENGTH = 200;

    /**
     * The canonical constructor, written out so that it can take a null id (refused: the id is required) while the
     * component never holds one.
     */
    public Counterparty(@Nullable String id, @Nullable String name, @Nullable String type, @Nullable String country,
                        @Nullable String dob, @Nullable String identifier) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id: required");
        }
        id = id.strip();
        if (id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("id: " + id.length() + " characters; at most " + MAX_ID_LENGTH);
        }
        name = blankToNull(name);
        type = blankToNull(type);
        country = blankToNull(country);
        dob = blankToNull(dob);
        identifier = blankToNull(identifier);
        if (identifier != null && identifier.length() > MAX_IDENTIFIER_LENGTH) {
            throw new IllegalArgumentException("identifier: " + identifier.length() + " characters; at most "
                    + MAX_IDENTIFIER_LENGTH);
        }
        String[] fields = {"id", "name", "type", "country", "dob", "identifier"};
        String[] values = {id, name, type, country, dob, identifier};
        for (int i = 0; i < fields.length; i++) {
            if (values[i] != null && values[i].chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException(fields[i] + ": holds a control character (a line break, a tab…)");
            }
        }
        this.id = id;
        this.name = name;
        this.type = type;
        this.country = country;
        this.dob = dob;
        this.identifier = identifier;
    }

    /**
     * Checks every field and returns the counterparty with its country as an ISO code and its type as a word the
     * matcher knows; a field that cannot be read is an {@link IllegalArgumentException} starting with {@code where}.
     */
    public static Counterparty checked(String where, @Nullable String id, @Nullable String name, @Nullable String type, @Nullable String country, @Nullable String dob,
                                       @Nullable String identifier) {
        Counterparty c;
        try {
            c = new Counterparty(id, name, type, country, dob, identifier);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage(), e);
        }
        Query q = c.query(where);
        return new Counterparty(c.id, c.name, q.type() == org.tradescreen.model.EntityType.UNKNOWN ? null : q.type().code(),
                q.country(), c.dob, c.identifier);
    }

    /** The screening query of this counterparty. */
    public Query query(String where) {
        return QueryFields.query(where, name, type, country, dob, identifier == null ? List.of() : List.of(identifier),
                java.util.Set.of());
    }

    /** The subject its alerts name. */
    public Subject subject() {
        return new Subject(id, name, type, country, dob, identifier == null ? List.of() : List.of(identifier));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
