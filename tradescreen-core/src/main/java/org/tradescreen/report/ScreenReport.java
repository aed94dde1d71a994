package org.tradescreen.report;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.snapshot.SnapshotVersion;
import org.tradescreen.match.Algorithm;
import org.tradescreen.match.Coverage;
import org.tradescreen.match.Hit;

/**
 * The {@code screen} document: one name, the list versions it was screened against, the lists it could not be
 * screened against ({@code coverage}, with a warning each), and the hits.
 */
public record ScreenReport(String query, @Nullable LocalDate asOf, double threshold, String algorithm, List<ListRef> lists,
                           CoverageView coverage, List<String> warnings, List<Hit> hits) {

    /** One list version a screening used. */
    public record ListRef(String source, int version, LocalDate published) {
        public static List<ListRef> of(List<SnapshotVersion> versions) {
            return versions.stream().map(v -> new ListRef(v.source(), v.version(), v.published())).toList();
        }
    }

    /** {@code complete} is false when a list had no version in force that day, or no list was screened at all. */
    public record CoverageView(boolean complete, List<Coverage.Gap> missing) {
        public static CoverageView of(Coverage coverage) {
            return new CoverageView(coverage.complete(), coverage.missing());
        }
    }

    public static ScreenReport of(String query, @Nullable LocalDate asOf, double threshold, Algorithm algorithm, Coverage coverage,
                                  List<Hit> hits) {
        return new ScreenReport(query, asOf, threshold, algorithm.code(), ListRef.of(coverage.used()),
                CoverageView.of(coverage), coverage.warnings(asOf), hits);
    }
}
