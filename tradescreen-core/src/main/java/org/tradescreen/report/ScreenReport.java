package org.tradescreen.report;

import java.time.LocalDate;
import java.util.List;
import org.tradescreen.lists.snapshot.SnapshotVersion;
import org.tradescreen.match.Algorithm;
import org.tradescreen.match.Hit;

/** The {@code screen} document: one name, the list versions it was screened against, and the hits. */
public record ScreenReport(String query, LocalDate asOf, double threshold, String algorithm, List<ListRef> lists,
                           List<Hit> hits) {

    /** One list version a screening used. */
    public record ListRef(String source, int version, LocalDate published) {
        public static List<ListRef> of(List<SnapshotVersion> versions) {
            return versions.stream().map(v -> new ListRef(v.source(), v.version(), v.published())).toList();
        }
    }

    public static ScreenReport of(String query, LocalDate asOf, double threshold, Algorithm algorithm,
                                  List<SnapshotVersion> versions, List<Hit> hits) {
        return new ScreenReport(query, asOf, threshold, algorithm.code(), ListRef.of(versions), hits);
    }
}
