package org.tradescreen.match;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tradescreen.model.Entity;

/**
 * One list entity found for a query: its id, its primary name, the name of it that matched best, the
 * final score in [0,1], the listing date the list states, and the explanation. A {@code partial} hit is one
 * where the query names only part of the listed name ("Rotenberg" for "ROTENBERG, Arkady Romanovich"); its score
 * says how well the query's words were found in it, not how alike the whole names are (see
 * {@link Screener#partial}).
 */
public record Hit(String entityId, String source, String sourceId, String name, String matchedName, double score,
                  @Nullable LocalDate listedOn, @Nullable String list, Explanation explanation, boolean partial,
                  @JsonIgnore Entity entity) {
}
