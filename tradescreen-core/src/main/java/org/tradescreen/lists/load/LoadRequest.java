package org.tradescreen.lists.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What the user asked to load: the parts of one snapshot of one source. Null {@code format} means
 * detect it; null {@code source} means the format's default; null {@code published} means the date the
 * file states, else the date in its file name, else today.
 */
public record LoadRequest(List<Path> paths, String format, String source, LocalDate published, boolean force,
                          boolean lenient) {

    public LoadRequest {
        if (paths == null || paths.isEmpty()) {
            throw new IllegalArgumentException("give at least one list file or folder to load");
        }
        paths = List.copyOf(paths);
    }
}
