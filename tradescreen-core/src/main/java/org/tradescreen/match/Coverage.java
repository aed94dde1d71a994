package org.tradescreen.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.snapshot.SnapshotVersion;

/**
 * Which lists a screening stood on, and which it could not: a list whose earliest stored version was published
 * after the date had no version in force that day. A result that misses a list, or that had no list at all, is
 * not a clean result, whatever its hits: every surface says so (a warning, {@code "coverage"} in the JSON, exit
 * status 4, a notice on the page).
 */
public record Coverage(List<SnapshotVersion> used, List<Gap> missing) {

    /** A source with no version in force on the date; {@code earliest} is when its first stored version was published. */
    public record Gap(String source, LocalDate earliest) implements java.io.Serializable {
    }

    public Coverage {
        used = List.copyOf(used);
        missing = List.copyOf(missing);
    }

    /** Every list asked for had a version in force, and there was at least one. */
    public boolean complete() {
        return !used.isEmpty() && missing.isEmpty();
    }

    /** One line per list that was not screened, each naming the earliest version the store has. */
    public List<String> warnings(@Nullable LocalDate asOf) {
        List<String> out = new ArrayList<>();
        for (Gap g : missing) {
            out.add(g.source() + " had no version in force on " + asOf + " (its earliest stored version was published "
                    + g.earliest() + "): this result does not cover it");
        }
        if (used.isEmpty() && missing.isEmpty()) {
            out.add("no list is stored: nothing was screened");
        } else if (used.isEmpty()) {
            out.add("no list was in force on " + asOf + ": nothing was screened, so the absence of hits means nothing");
        }
        return out;
    }
}
