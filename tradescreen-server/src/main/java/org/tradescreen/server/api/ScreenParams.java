package org.tradescreen.server.api;

import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tradescreen.match.Query;
import org.tradescreen.match.QueryFields;
import org.tradescreen.server.lists.LiveLists;

/**
 * One screening as the API and the search page read it from query parameters ({@code name, type, country,
 * dob, identifier, source}).
 */
public final class ScreenParams {

    private ScreenParams() {
    }

    /** The query of this request; a missing name or an unreadable field is a {@link BadRequest} naming it. */
    public static Query query(Context ctx, LiveLists store) {
        try {
            return QueryFields.query("", Params.text(ctx, "name"), Params.text(ctx, "type"), Params.text(ctx, "country"),
                    Params.text(ctx, "dob"), Params.list(ctx, "identifier"), sources(store, Params.list(ctx, "source", "sources")));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    /** The sources asked for, each a stored one ({@link LiveLists#sources}). */
    public static Set<String> sources(LiveLists store, List<String> requested) {
        List<String> known = store.sources();
        for (String s : requested) {
            if (!known.contains(s)) {
                throw new BadRequest("source: '" + s + "' is not a stored source; known: " + known);
            }
        }
        return new LinkedHashSet<>(requested);
    }
}
