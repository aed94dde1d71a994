package org.tradescreen.match.batch;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tradescreen.match.Algorithm;
import org.tradescreen.match.Query;
import org.tradescreen.match.QueryFields;

/**
 * How every row of a batch is screened: the decision threshold, the most hits per row, the algorithm, the sources,
 * and the values a row takes when it has none of its own (type, country, birth date, identifiers).
 */
public record BatchSettings(double threshold, int limit, Algorithm algorithm, @Nullable String type, @Nullable String country, @Nullable String dob,
                            @Nullable List<String> identifiers, Set<String> sources) implements Serializable {

    public BatchSettings {
        if (threshold < 0 || threshold > 1 || Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold must be between 0 and 1, got " + threshold);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        identifiers = identifiers == null ? null : List.copyOf(identifiers);
        sources = Set.copyOf(sources);
    }

    /** The query of a party: its own values where it has them, these settings' otherwise. */
    public Query query(String name, @Nullable String rowType, @Nullable String rowCountry, @Nullable String rowDob, @Nullable String rowIdentifier, String where) {
        List<String> ids = rowIdentifier != null && !rowIdentifier.isBlank() ? List.of(rowIdentifier) : identifiers;
        return QueryFields.query(where, name, rowType != null ? rowType : type, rowCountry != null ? rowCountry : country,
                rowDob != null ? rowDob : dob, ids, sources);
    }
}
