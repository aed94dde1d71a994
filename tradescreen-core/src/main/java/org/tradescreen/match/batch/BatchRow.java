package org.tradescreen.match.batch;

import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tradescreen.review.Subject;

/**
 * One row of a screening file: the line it ends on (for messages) and its cells, null where absent or blank; or, for
 * a line that could not be read as a row, what was wrong with it ({@code problem}), so that the row keeps its place in
 * the output with the reason. Serializable, since a Spark job ships rows between machines.
 */
public record BatchRow(long line, @Nullable String id, @Nullable String name, @Nullable String type, @Nullable String country, @Nullable String dob, @Nullable String identifier,
                       @Nullable String problem) implements Serializable {

    public BatchRow(long line, @Nullable String id, @Nullable String name, @Nullable String type, @Nullable String country, @Nullable String dob, @Nullable String identifier) {
        this(line, id, name, type, country, dob, identifier, null);
    }

    /** The party this row stands for, as its alerts name it. */
    public Subject subject() {
        return new Subject(id, name, type, country, dob, identifier == null ? List.of() : List.of(identifier));
    }

    /** A line that could not be read as a row, and why. */
    public static BatchRow unreadable(long line, String problem) {
        return new BatchRow(line, null, null, null, null, null, null, problem);
    }
}
