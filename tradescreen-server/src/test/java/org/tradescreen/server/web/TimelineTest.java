package org.tradescreen.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradescreen.lists.history.HistoryEvent;
import org.tradescreen.lists.history.HistoryEvent.Kind;
import org.tradescreen.lists.snapshot.SnapshotVersion;

class TimelineTest {

    /** The sample's CSL versions: 2020-06-04, 2020-06-05, 2021-01-04, 2023-11-15, 2023-11-17. */
    private static final List<SnapshotVersion> CSL = versions("2020-06-04", "2020-06-05", "2021-01-04", "2023-11-15",
            "2023-11-17");

    @Test
    void listedThenDelisted_oneClosedBandBetweenTheEvents() {
        Timeline t = Timeline.of(List.of(event("2020-06-05", Kind.LISTED, 2), event("2023-11-17", Kind.DELISTED, 5)),
                CSL, LocalDate.parse("2020-06-05"));
        assertThat(t.bands()).hasSize(1);
        Timeline.Band band = t.bands().get(0);
        assertThat(band.open()).isFalse();
        assertThat(t.markers()).extracting(Timeline.Marker::kind).containsExactly("listed", "delisted");
        assertThat(band.x()).isEqualTo(t.markers().get(0).x());
        assertThat(band.x() + band.width()).isCloseTo(t.markers().get(1).x(), org.assertj.core.data.Offset.offset(0.2));
        assertThat(t.years()).extracting(Timeline.Tick::label).containsExactly("2021", "2022", "2023");
        assertThat(t.versions()).hasSize(5);
        assertThat(t.summary()).isEqualTo("listed 2020-06-05 (version 2); delisted 2023-11-17 (version 5).");
    }

    @Test
    void stillListed_bandRunsOpenToTheRightEdge() {
        Timeline t = Timeline.of(List.of(event("2020-06-05", Kind.LISTED, 2)), CSL, null);
        assertThat(t.bands()).singleElement().satisfies(b -> {
            assertThat(b.open()).isTrue();
            assertThat(b.x() + b.width()).isEqualTo(Timeline.RIGHT);
        });
    }

    @Test
    void relisted_twoBands() {
        Timeline t = Timeline.of(List.of(event("2020-06-04", Kind.LISTED, 1), event("2021-01-04", Kind.DELISTED, 3),
                event("2023-11-15", Kind.RELISTED, 4)), CSL, null);
        assertThat(t.bands()).extracting(Timeline.Band::open).containsExactly(false, true);
    }

    @Test
    void statedListingBeforeTheFirstVersion_widensTheAxisAndGetsAMarker() {
        Timeline t = Timeline.of(List.of(event("2020-06-04", Kind.LISTED, 1)), CSL, LocalDate.parse("2019-05-16"));
        Timeline.Marker stated = t.markers().stream().filter(m -> m.kind().equals("stated")).findFirst().orElseThrow();
        assertThat(stated.x()).isEqualTo(Timeline.LEFT);
        assertThat(stated.label()).contains("2019-05-16");
        assertThat(t.years()).extracting(Timeline.Tick::label).startsWith("2020");
    }

    @Test
    void markersNearTheEnds_areAnchoredInwards() {
        Timeline t = Timeline.of(List.of(event("2020-06-04", Kind.LISTED, 1), event("2023-11-17", Kind.DELISTED, 5)),
                CSL, null);
        assertThat(t.markers()).extracting(Timeline.Marker::anchor).containsExactly("start", "end");
    }

    @Test
    void singleVersion_stillHasASpan() {
        Timeline t = Timeline.of(List.of(event("2023-11-17", Kind.LISTED, 1)), versions("2023-11-17"), null);
        assertThat(t.markers().get(0).x()).isBetween((double) Timeline.LEFT + 1, (double) Timeline.RIGHT - 1);
    }

    private static HistoryEvent event(String date, Kind kind, int version) {
        return new HistoryEvent(LocalDate.parse(date), kind, version, List.of());
    }

    private static List<SnapshotVersion> versions(String... dates) {
        List<SnapshotVersion> out = new ArrayList<>();
        for (int i = 0; i < dates.length; i++) {
            out.add(new SnapshotVersion(i + 1, "us-csl", i + 1, LocalDate.parse(dates[i]), "csl-csv", "h" + i, 1,
                    Instant.EPOCH));
        }
        return out;
    }
}
