package org.tradescreen.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Renders the precompiled JTE templates (HTML content type, so every {@code ${}} is escaped). Each template
 * takes one parameter, the page's view record. A request from htmx gets only the results fragment, except
 * when htmx restores a page from history, which needs the whole page.
 */
public final class Templates {

    /** One entry of the main navigation. */
    public record NavItem(String key, String label, String href) {
    }

    /** The main navigation, in order; {@code key} is what a page passes as its current item. */
    public static final List<NavItem> NAV = List.of(
            new NavItem("search", "Search", "/search"),
            new NavItem("lists", "Lists", "/lists"),
            new NavItem("batch", "Batch", "/batch"),
            new NavItem("goods", "Goods", "/goods"),
            new NavItem("consignments", "Consignments", "/consignments"),
            new NavItem("review", "Review", "/review"),
            new NavItem("api", "API", "/api"));

    public static final String HTMX = "/webjars/htmx.org/2.0.10/dist/htmx.min.js";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders {@code template} with {@code view} as the whole response, with {@code status}. */
    void page(Context ctx, int status, String template, Object view) {
        StringOutput out = new StringOutput();
        engine.render(template, view, out);
        // The charset in the header too: an htmx fragment has no <meta charset> to go by.
        ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
    }

    /** Renders {@code fragment} for an htmx request that swaps it in place, else the whole {@code template}. */
    void pageOrFragment(Context ctx, int status, String template, String fragment, Object view) {
        page(ctx, status, fromHtmx(ctx) ? fragment : template, view);
    }

    /** A message page (not found, not ready, internal error) with a link back to search. */
    void message(Context ctx, int status, String title, @Nullable String message) {
        page(ctx, status, "message.jte", new Message(title, message));
    }

    /** The view of {@code message.jte}. */
    public record Message(String title, @Nullable String message) {
    }

    private static boolean fromHtmx(Context ctx) {
        return "true".equals(ctx.header("HX-Request")) && !"true".equals(ctx.header("HX-History-Restore-Request"));
    }
}
