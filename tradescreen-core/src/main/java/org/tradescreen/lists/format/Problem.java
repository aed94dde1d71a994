package org.tradescreen.lists.format;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A record that a lenient load skipped, or a repair that any load made (a stripped 0x1A byte, a
 * repeated header line). Reported to the user so nothing is dropped silently.
 */
public record Problem(String file, long line, @Nullable String field, String message) {

    public static Problem of(ListFormatException e) {
        return new Problem(String.valueOf(e.file()), e.line(), e.field(), e.problem());
    }

    /**
     * Runs one record's step: a fault in it fails the load, or under {@code lenient} is added to {@code problems}
     * and the record skipped.
     */
    public static void orSkip(boolean lenient, List<Problem> problems, Runnable step) {
        try {
            step.run();
        } catch (ListFormatException fault) {
            if (!lenient) {
                throw fault;
            }
            problems.add(of(fault));
        }
    }

    public static Problem repair(Path file, long line, String message) {
        return new Problem(String.valueOf(file), line, null, message);
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + (field != null ? ": field " + field : "") + ": " + message;
    }
}
