package org.tradescreen.server.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tradescreen.match.Algorithm;
import org.tradescreen.match.Coverage;
import org.tradescreen.match.ListsAsOf;
import org.tradescreen.match.Query;
import org.tradescreen.match.score.Tuning;
import org.tradescreen.model.EntityType;
import org.tradescreen.report.ScreenReport.ListRef;
import org.tradescreen.server.context.ServerContext;
import org.tradescreen.server.api.BadRequest;
import org.tradescreen.server.api.Params;
import org.tradescreen.server.api.ScreenParams;
import org.tradescreen.server.lists.LiveLists;

/**
 * {@code GET /search}: screens one name as the lists stood on a date, as {@code GET /api/v1/screen} does, and
 * shows the hits with their explanations and the list versions used. Without a name it shows the form alone.
 */
public final class SearchPage {

    /** Most hits shown; a name that needs more is too vague to review hit by hit. */
    static final int LIMIT = 25;
    /** A name part found with about a typo a word at most: "Rotenburg" for "ROTENBERG, Arkady". */
    static final double PARTIAL_FLOOR = 0.80;

    /** The form as the user filled it, echoed back so that a correction needs no retyping. */
    public record Form(String name, String asOf, Set<String> sources, String type, String country, String dob,
                String threshold) {
    }

    /**
     * The outcome of a screening: the versions searched, the warnings of lists that had no version in force
     * (then the result is not clear), the hits, best first, and the listed names the query names only part of
     * ({@link org.tradescreen.match.Screener#partial}).
     */
    public record Outcome(String name, @Nullable LocalDate asOf, double threshold, List<ListRef> versions, List<String> warnings,
                          List<HitView> hits, List<HitView> partial) {
    }

    /** The view of {@code search.jte}; {@code outcome} is null before a search or after an error. */
    public record View(Form form, List<String> sources, List<String> types, @Nullable String error, @Nullable Outcome outcome) {
    }

    static final List<String> TYPES = List.of(EntityType.PERSON.code(), EntityType.ORGANIZATION.code(),
            EntityType.VESSEL.code(), EntityType.AIRCRAFT.code());

    private final ServerContext context;
    private final LiveLists live;
    private final Templates templates;

    SearchPage(ServerContext context, LiveLists live, Templates templates) {
        this.context = context;
        this.live = live;
        this.templates = templates;
    }

    void show(Context ctx) {
        Form form = new Form(Forms.query(ctx, "name"), Forms.query(ctx, "as_of"),
                new LinkedHashSet<>(Params.list(ctx, "source")), Forms.query(ctx, "type"), Forms.query(ctx, "country"),
                Forms.query(ctx, "dob"), Forms.query(ctx, "threshold"));
        List<String> sources = live.sources();
        Outcome outcome = null;
        String error = null;
        if (Params.text(ctx, "name") != null) {
            try {
                outcome = screen(ctx);
            } catch (BadRequest | IllegalArgumentException e) {
                error = e.getMessage();
            }
        }
        templates.pageOrFragment(ctx, error == null ? 200 : 400, "search.jte", "searchResults.jte",
                new View(form, sources, TYPES, error, outcome));
    }

    private Outcome screen(Context ctx) {
        Query q = ScreenParams.query(ctx, live);
        LocalDate asOf = Params.date(ctx, "as_of");
        double threshold = Params.number(ctx, "threshold", Tuning.DEFAULT_THRESHOLD, 0, 1);
        ListsAsOf.View view = live.at(asOf);
        List<HitView> hits = view.screener().screen(q, threshold, LIMIT, Algorithm.TRADESCREEN).stream()
                .map(HitView::of).toList();
        List<HitView> partial = view.screener().partial(q, PARTIAL_FLOOR, LIMIT).stream().map(HitView::of).toList();
        // Only the versions of the lists searched: the others did not take part in the answer.
        Coverage coverage = view.coverage(q.sources());
        return new Outcome(q.name(), asOf, threshold, ListRef.of(coverage.used()), coverage.warnings(asOf), hits,
                partial);
    }
}
