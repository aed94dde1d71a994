package org.tradescreen.lists.load;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a list's publication date in its file name, as captures are usually named:
 * {@code sdn_2023-11-15.csv}, {@code ConList_20160323.csv}.
 */
final class PublishedDate {

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");

    private PublishedDate() {
    }

    static Optional<LocalDate> fromFileName(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        for (Pattern p : new Pattern[] {ISO, COMPACT}) {
            Matcher m = p.matcher(name);
            while (m.find()) {
                try {
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                    if (d.getYear() >= 1990 && d.getYear() <= 2100) {
                        return Optional.of(d);
                    }
                } catch (DateTimeException notADate) {
                    // keep looking
                }
            }
        }
        return Optional.empty();
    }
}
