package org.tradescreen.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.history.ListDiff;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.lists.snapshot.SnapshotVersion;

/** The {@code lists diff} document: entries added, removed and changed between two versions of a source. */
public record DiffReport(String source, int from, int to, LocalDate fromPublished, LocalDate toPublished,
                         List<ListDiff.Entry> added, List<ListDiff.Entry> removed, List<ListDiff.Change> changed) {

    /**
     * The diff between two versions, each given as a version number or a date (the version in force that
     * day); {@code to} defaults to the newest version and {@code from} to the one before {@code to}.
     *
     * @throws IllegalArgumentException naming the parameter when a version does not exist or is not understood
     */
    public static DiffReport of(SnapshotStore store, String source, @Nullable String fromSpec, @Nullable String toSpec) {
        List<SnapshotVersion> versions = store.versions(source);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("no versions of source '" + source + "'; known: " + store.sources());
        }
        SnapshotVersion to = blank(toSpec) ? versions.get(versions.size() - 1) : resolve(store, source, "to", toSpec);
        SnapshotVersion from;
        if (!blank(fromSpec)) {
            from = resolve(store, source, "from", fromSpec);
        } else {
            int i = versions.indexOf(to);
            if (i <= 0) {
                throw new IllegalArgumentException(source + " has no version before version " + to.version()
                        + " to diff against");
            }
            from = versions.get(i - 1);
        }
        ListDiff d = ListDiff.between(store, from, to);
        return new DiffReport(source, from.version(), to.version(), from.published(), to.published(), d.added(),
                d.removed(), d.changed());
    }

    private static SnapshotVersion resolve(SnapshotStore store, String source, String name, String spec) {
        String s = spec.strip();
        if (s.matches("\\d{1,9}")) {
            return store.version(source, Integer.parseInt(s)).orElseThrow(() ->
                    new IllegalArgumentException(name + ": " + source + " has no version " + s));
        }
        LocalDate date;
        try {
            date = LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": '" + spec + "' is neither a version number nor a YYYY-MM-DD date");
        }
        return store.asOf(source, date).orElseThrow(() ->
                new IllegalArgumentException(name + ": " + source + " has no version published on or before " + date));
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
