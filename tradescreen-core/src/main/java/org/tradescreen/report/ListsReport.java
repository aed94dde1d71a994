package org.tradescreen.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tradescreen.lists.snapshot.SnapshotStore;

/** The {@code lists} document: every source and its stored versions, oldest first. */
public record ListsReport(List<SourceView> sources) {

    /** One source and its versions. */
    public record SourceView(String source, List<VersionView> versions) {
    }

    /** One stored version. */
    public record VersionView(int version, LocalDate published, int entities, Instant loadedAt, String format) {
    }

    public static ListsReport of(SnapshotStore store) {
        return new ListsReport(store.sources().stream().map(source -> new SourceView(source,
                store.versions(source).stream().map(v -> new VersionView(v.version(), v.published(), v.entityCount(),
                        v.loadedAt(), v.format())).toList())).toList());
    }
}
