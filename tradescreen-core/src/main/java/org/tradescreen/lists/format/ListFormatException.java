package org.tradescreen.lists.format;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A list file that cannot be read as its format says. The message always names the file, and the line
 * (or record) and field where they are known, so that the user can open the file at the fault.
 */
public final class ListFormatException extends RuntimeException {
    private final transient Path file;
    private final long line;
    private final @Nullable String field;
    private final @Nullable String problem;

    public ListFormatException(Path file, long line, @Nullable String field, String problem) {
        this(file, line, field, problem, null);
    }

    public ListFormatException(Path file, long line, @Nullable String field, @Nullable String problem, @Nullable Throwable cause) {
        super(describe(file, line, field, problem), cause);
        this.file = file;
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** 1-based line (or record number for formats without lines); 0 when it concerns the whole file. */
    public long line() {
        return line;
    }

    public @Nullable String field() {
        return field;
    }

    /** What is wrong, without the file, line and field prefix. */
    public @Nullable String problem() {
        return problem;
    }

    private static String describe(Path file, long line, @Nullable String field, String problem) {
        StringBuilder sb = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            sb.append(':').append(line);
        }
        if (field != null) {
            sb.append(": field ").append(field);
        }
        return sb.append(": ").append(problem).toString();
    }
}
