package org.tradescreen.match;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Identifier;
import org.tradescreen.model.PartialDate;

/**
 * What to screen: a name, and optionally what else is known of the party. {@code type} filters (an
 * entity of unknown type always passes); {@code country} and {@code birthDate} corroborate or weaken a
 * name match rather than filter, since lists often lack them; an identifier that matches exactly is
 * decisive. {@code sources} limits the lists searched (empty: all).
 */
public record Query(String name, EntityType type, @Nullable String country, @Nullable PartialDate birthDate,
                    List<Identifier> identifiers, Set<String> sources) {

    /**
     * Longer than any real name (the longest listed names are about 300 characters); beyond it a query
     * would only cost time, since near-spelling lookup grows with the square of a word's length.
     */
    public static final int MAX_NAME_LENGTH = 1000;

    /** A party has a handful of identifiers; each is a lookup, so a query may carry at most this many. */
    public static final int MAX_IDENTIFIERS = 20;

    /**
     * The canonical constructor, written out so that it can take null for what is not known while the components
     * never hold it: a null {@code type} is {@code UNKNOWN}, null {@code identifiers} none, null {@code sources} all.
     */
    public Query(String name, @Nullable EntityType type, @Nullable String country, @Nullable PartialDate birthDate,
                 @Nullable List<Identifier> identifiers, @Nullable Set<String> sources) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a query needs a name");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("name: " + name.length() + " characters; at most " + MAX_NAME_LENGTH);
        }
        List<Identifier> distinct = identifiers == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(identifiers));
        if (distinct.size() > MAX_IDENTIFIERS) {
            throw new IllegalArgumentException("identifier: " + distinct.size() + " identifiers; at most " + MAX_IDENTIFIERS);
        }
        this.name = name;
        this.type = type == null ? EntityType.UNKNOWN : type;
        this.country = country;
        this.birthDate = birthDate;
        this.identifiers = distinct;
        this.sources = sources == null ? Set.of() : Set.copyOf(sources);
    }

    public static Query name(String name) {
        return new Query(name, null, null, null, null, null);
    }
}
