package org.tradescreen.match;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import org.tradescreen.model.Entity;

/**
 * One list entity found for a query: its id, its primary name, the name of it that matched best, the
 * final score in [0,1], the listing date the list states, and the explanation.
 */
public record Hit(String entityId, String source, String sourceId, String name, String matchedName, double score,
                  LocalDate listedOn, String list, Explanation explanation, @JsonIgnore Entity entity) {
}
