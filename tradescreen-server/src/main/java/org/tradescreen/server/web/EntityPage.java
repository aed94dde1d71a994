package org.tradescreen.server.web;

import io.javalin.http.Context;
import java.util.List;
import org.tradescreen.lists.history.EntityHistory;
import org.tradescreen.lists.history.HistoryEvent;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.lists.snapshot.SnapshotVersion;
import org.tradescreen.model.Entity;

/**
 * {@code GET /entity/{id}}: an entity's newest record (names, addresses, identifiers, listing) and its
 * history across the stored versions of its list, drawn as a timeline and given as a table.
 *
 * <p>The page is not at {@code /entities/{id}}: that path belongs to the yente-compatible API, which
 * answers it with FollowTheMoney JSON.
 */
public final class EntityPage {

    /** An event and the words the table shows for it. */
    public record EventRow(HistoryEvent event, String note) {
    }

    /**
     * The view of {@code entity.jte}.
     *
     * @param onNewest whether the newest stored version of the source holds the entity
     * @param newest   the newest stored version of the source
     */
    public record View(Entity entity, List<EventRow> events, Timeline timeline, boolean onNewest, SnapshotVersion newest) {
    }

    private final SnapshotStore store;
    private final Templates templates;

    EntityPage(SnapshotStore store, Templates templates) {
        this.store = store;
        this.templates = templates;
    }

    void show(Context ctx) {
        String id = ctx.pathParam("id");
        EntityHistory history;
        try {
            history = EntityHistory.of(store, id).orElse(null);
        } catch (IllegalArgumentException e) {
            templates.message(ctx, 400, "Not an entity id", e.getMessage());
            return;
        }
        if (history == null) {
            templates.message(ctx, 404, "No such entity",
                    "No entity " + id + " in any stored version of any list.");
            return;
        }
        Entity entity = history.entity();
        List<SnapshotVersion> versions = store.versions(entity.source());
        SnapshotVersion newest = versions.get(versions.size() - 1);
        List<HistoryEvent> events = history.events();
        HistoryEvent last = events.get(events.size() - 1);
        List<EventRow> rows = events.stream().map(e -> new EventRow(e, note(e))).toList();
        templates.page(ctx, 200, "entity.jte", new View(entity, rows,
                Timeline.of(events, versions, entity.listedOn()), last.event() != HistoryEvent.Kind.DELISTED, newest));
    }

    /** What an event means beyond its kind: the first version cannot say when the entity was added. */
    private static String note(HistoryEvent e) {
        return switch (e.event()) {
            case LISTED -> e.version() == 1 ? "already on the first stored version" : "appears on this version";
            case DELISTED -> "no longer on this version";
            case RELISTED -> "back on this version after an absence";
            case CHANGED -> "changed: " + String.join(", ", e.fields());
        };
    }
}
