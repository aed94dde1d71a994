package org.tradescreen.lists.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tradescreen.model.Dates;

/**
 * What the user asked to load: the parts of one snapshot of one source. Null {@code format} means
 * detect it; null {@code source} means the format's default; null {@code published} means the date the
 * file states, else the date in its file name, else today. A source id is checked here, since it names the
 * source in the store, in entity ids and in URLs.
 */
public record LoadRequest(List<Path> paths, @Nullable String format, @Nullable String source, @Nullable LocalDate published, boolean force,
                          boolean lenient) {

    private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    public LoadRequest {
        if (paths == null || paths.isEmpty()) {
            throw new IllegalArgumentException("give at least one list file or folder to load");
        }
        paths = List.copyOf(paths);
        if (source != null && !SOURCE_ID.matcher(source).matches()) {
            throw new IllegalArgumentException("source: '" + (source.length() > 80 ? source.substring(0, 80) + "…" : source)
                    + "' is not a source id: lower-case letters, digits, '-' and '_', starting with a letter or digit,"
                    + " at most 64 characters (e.g. us-ofac-sdn, internal-watch)");
        }
        Dates.requireInRange(published, "published");
    }
}
