package org.tradescreen.server.compat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.model.Entity;

/**
 * The plain search the compatible APIs offer beside fuzzy matching: entities with a name that carries every
 * word of the text, after the same normalisation as screening (case, accents, scripts, legal forms), as
 * trade.gov's exact name search and yente's text search do. A linear walk over the names: a list of 30,000
 * names takes well under a millisecond, and this is not the screening path.
 */
public final class WordSearch {

    private WordSearch() {
    }

    /** Entities in index order; empty when the text has no words left after normalisation. */
    public static List<Entity> containingAllWords(ScreeningIndex index, String text) {
        Set<String> words = new HashSet<>(Arrays.asList(index.prepare(text).name().tokens()));
        List<Entity> found = new ArrayList<>();
        if (words.isEmpty()) {
            return found;
        }
        Set<Integer> seen = new HashSet<>();
        for (int n = 0; n < index.size(); n++) {
            int e = index.entityOf(n);
            if (!seen.contains(e) && Arrays.asList(index.name(n).name().tokens()).containsAll(words)) {
                seen.add(e);
                found.add(index.entity(e));
            }
        }
        return found;
    }
}
