package org.tradescreen.server.web;

import io.javalin.http.Context;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.report.DiffReport;
import org.tradescreen.report.ListsReport;

/**
 * {@code GET /lists}: every source and its stored versions, each linked to its changes from the version
 * before; {@code GET /lists/{source}/diff?from=&to=}: the entries added, removed and changed between two
 * versions, as {@code GET /api/v1/lists/{source}/diff} gives them.
 */
public final class ListsPage {

    /** A version row and the link to its changes from the previous version (null for the first). */
    public record VersionRow(ListsReport.VersionView version, @Nullable String diffLink) {
        /** When the version was loaded, to the second: enough to tell loads apart. */
        public String loaded() {
            return version.loadedAt().truncatedTo(ChronoUnit.SECONDS).toString();
        }
    }

    /** A source and its versions, oldest first. */
    public record SourceRows(String source, List<VersionRow> versions) {
    }

    /** The view of {@code lists.jte}. */
    public record View(List<SourceRows> sources) {
    }

    /**
     * The view of {@code diff.jte}: the form's values, the versions to choose from, and the diff or the error.
     *
     * @param diff null when the versions asked for cannot be compared
     */
    public record DiffView(String source, String from, String to, List<ListsReport.VersionView> versions, @Nullable String error,
                    @Nullable DiffReport diff) {
        public String link(String sourceId) {
            return Links.entity(source, sourceId);
        }

        public String action() {
            return "/lists/" + Links.pathSegment(source) + "/diff";
        }
    }

    private final SnapshotStore store;
    private final Templates templates;

    ListsPage(SnapshotStore store, Templates templates) {
        this.store = store;
        this.templates = templates;
    }

    void show(Context ctx) {
        List<SourceRows> sources = new ArrayList<>();
        for (ListsReport.SourceView s : ListsReport.of(store).sources()) {
            List<VersionRow> rows = new ArrayList<>();
            List<ListsReport.VersionView> versions = s.versions();
            for (int i = 0; i < versions.size(); i++) {
                ListsReport.VersionView v = versions.get(i);
                rows.add(new VersionRow(v, i == 0 ? null : Links.diff(s.source(), versions.get(i - 1).version(),
                        v.version())));
            }
            sources.add(new SourceRows(s.source(), rows));
        }
        templates.page(ctx, 200, "lists.jte", new View(sources));
    }

    void diff(Context ctx) {
        String source = ctx.pathParam("source");
        if (!store.sources().contains(source)) {
            templates.message(ctx, 404, "No such list",
                    "No stored list '" + source + "'; known: " + String.join(", ", store.sources()) + ".");
            return;
        }
        String from = strippedOrEmpty(ctx.queryParam("from"));
        String to = strippedOrEmpty(ctx.queryParam("to"));
        List<ListsReport.VersionView> versions = ListsReport.of(store).sources().stream()
                .filter(s -> s.source().equals(source)).findFirst().orElseThrow().versions();
        try {
            DiffReport diff = DiffReport.of(store, source, from, to);
            templates.page(ctx, 200, "diff.jte", new DiffView(source, String.valueOf(diff.from()),
                    String.valueOf(diff.to()), versions, null, diff));
        } catch (IllegalArgumentException e) {
            templates.page(ctx, 400, "diff.jte", new DiffView(source, from, to, versions, e.getMessage(), null));
        }
    }

    private static String strippedOrEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
