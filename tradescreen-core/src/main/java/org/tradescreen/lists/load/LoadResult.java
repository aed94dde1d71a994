package org.tradescreen.lists.load;

import java.time.LocalDate;
import java.util.List;
import org.tradescreen.lists.format.Problem;

/**
 * The outcome of a load: the version that now holds the content (new, or the existing identical one),
 * its size, and how it differs from the version before it by published date.
 */
public record LoadResult(String source, int version, LocalDate published, int entities, int added, int removed,
                         int changed, boolean newVersion, String format, List<Problem> problems) {
}
