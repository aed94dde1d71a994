package org.tradescreen.server.api;

import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.match.Query;
import org.tradescreen.match.QueryFields;
import org.tradescreen.model.Identifier;

/**
 * One screening as the API and the search page read it from query parameters ({@code name, type, country,
 * dob, identifier, source}).
 */
public final class ScreenParams {

    private ScreenParams() {
    }

    /** The query of this request; a missing name or an unreadable field is a {@link BadRequest} naming it. */
    public static Query query(Context ctx, SnapshotStore store) {
        String name = Params.text(ctx, "name");
        if (name == null) {
            throw new BadRequest("name: required");
        }
        List<Identifier> ids = Params.list(ctx, "identifier").stream()
                .map(v -> new Identifier(null, v, null, null)).toList();
        return new Query(name, QueryFields.type(Params.text(ctx, "type"), ""),
                QueryFields.country(Params.text(ctx, "country"), ""), QueryFields.birthDate(Params.text(ctx, "dob"), ""),
                ids, sources(store, Params.list(ctx, "source", "sources")));
    }

    /** The sources asked for, each a stored one. */
    public static Set<String> sources(SnapshotStore store, List<String> requested) {
        List<String> known = store.sources();
        for (String s : requested) {
            if (!known.contains(s)) {
                throw new BadRequest("source: '" + s + "' is not a stored source; known: " + known);
            }
        }
        return new LinkedHashSet<>(requested);
    }
}
