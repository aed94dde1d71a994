package org.tradescreen.server.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.history.HistoryEvent;
import org.tradescreen.lists.snapshot.SnapshotVersion;

/**
 * The geometry of an entity's timeline, computed here so that the template only draws: a horizontal axis
 * from the first stored version of the source (or the listing date the list states, if earlier) to the
 * newest, a shaded band for each period on the list, a marker per event and a small tick per stored
 * version. Coordinates are SVG user units in a {@value #WIDTH} × {@value #HEIGHT} view box.
 */
public record Timeline(List<Band> bands, List<Marker> markers, List<Tick> years, List<Tick> versions, String summary) {

    public static final int WIDTH = 1000;
    public static final int HEIGHT = 130;
    public static final int LEFT = 30;
    public static final int RIGHT = 970;
    /** The y of the axis; bands sit on it, labels above and below it. */
    public static final int AXIS = 60;

    /** A period on the list; {@code open} when it runs to the newest version. */
    public record Band(double x, double width, boolean open) {
    }

    /** An event; {@code above} alternates so that labels of close events do not overlap. */
    public record Marker(double x, String kind, String label, boolean above) {
        public double labelY() {
            return above ? AXIS - 22 : AXIS + 34;
        }

        /** Labels near either end are anchored inwards, so that they are not cut off by the view box. */
        public String anchor() {
            return x < LEFT + 120 ? "start" : x > RIGHT - 120 ? "end" : "middle";
        }

        public double labelX() {
            return anchor().equals("start") ? x - 8 : anchor().equals("end") ? x + 8 : x;
        }
    }

    /** A labelled position on the axis. */
    public record Tick(double x, String label) {
    }

    /**
     * @param events   the entity's history, oldest first
     * @param versions every stored version of the entity's source, oldest first
     * @param stated   the listing date the list itself states, or null
     */
    static Timeline of(List<HistoryEvent> events, List<SnapshotVersion> versions, @Nullable LocalDate stated) {
        LocalDate start = versions.get(0).published();
        LocalDate end = versions.get(versions.size() - 1).published();
        if (stated != null && stated.isBefore(start)) {
            start = stated;
        }
        // A single version gives no span: show the half year around it.
        if (!end.isAfter(start)) {
            start = start.minusMonths(3);
            end = end.plusMonths(3);
        }
        Scale scale = new Scale(start, end);
        List<Band> bands = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        LocalDate bandStart = null;
        for (int i = 0; i < events.size(); i++) {
            HistoryEvent e = events.get(i);
            String kind = e.event().code();
            markers.add(new Marker(scale.x(e.date()), kind, kind + " " + e.date(), i % 2 == 0));
            switch (e.event()) {
                case LISTED, RELISTED -> bandStart = e.date();
                case DELISTED -> {
                    if (bandStart != null) {
                        bands.add(new Band(scale.x(bandStart), scale.x(e.date()) - scale.x(bandStart), false));
                        bandStart = null;
                    }
                }
                case CHANGED -> { }
            }
        }
        if (bandStart != null) {
            bands.add(new Band(scale.x(bandStart), RIGHT - scale.x(bandStart), true));
        }
        if (stated != null && events.stream().noneMatch(e -> e.date().equals(stated))) {
            markers.add(new Marker(scale.x(stated), "stated", "listed on (the list says) " + stated,
                    markers.size() % 2 == 0));
        }
        List<Tick> years = new ArrayList<>();
        for (int y = start.getYear() + 1; y <= end.getYear(); y++) {
            years.add(new Tick(scale.x(LocalDate.of(y, 1, 1)), String.valueOf(y)));
        }
        List<Tick> ticks = versions.stream()
                .map(v -> new Tick(scale.x(v.published()), "version " + v.version() + ", " + v.published())).toList();
        return new Timeline(bands, markers, years, ticks, summary(events));
    }

    /** The events in one sentence, for the drawing's description. */
    private static String summary(List<HistoryEvent> events) {
        List<String> parts = new ArrayList<>();
        for (HistoryEvent e : events) {
            parts.add(e.event().code() + " " + e.date() + " (version " + e.version() + ")");
        }
        return parts.isEmpty() ? "No events." : String.join("; ", parts) + ".";
    }

    /** Dates to x, linear in days. */
    private record Scale(LocalDate start, LocalDate end) {
        double x(LocalDate d) {
            double days = ChronoUnit.DAYS.between(start, end);
            double x = LEFT + (RIGHT - LEFT) * ChronoUnit.DAYS.between(start, d) / days;
            return Math.round(x * 10) / 10.0;
        }
    }
}
