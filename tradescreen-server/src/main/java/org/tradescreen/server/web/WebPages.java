package org.tradescreen.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import org.tradescreen.server.api.ApiErrors;
import org.tradescreen.server.context.ServerContext;
import org.tradescreen.server.http.WorkLimits;
import org.tradescreen.server.lists.LiveLists;

/**
 * The analyst's pages: search, entity, lists and diffs, batch upload, goods. Each page answers bad input
 * itself with a 4xx page; what is left is answered here as HTML too (503 while the first index is built,
 * 500 for a fault), never with a stack trace, and never as the API's JSON.
 */
public final class WebPages {

    private final Templates templates = new Templates();
    private final SearchPage search;
    private final EntityPage entity;
    private final ListsPage lists;
    private final BatchPage batch;
    private final GoodsPage goods;
    private final ConsignmentsPage consignments;
    private final ReviewPages review;

    public WebPages(ServerContext context, LiveLists live, int maxBatch, WorkLimits work) {
        this.search = new SearchPage(context, live, templates);
        this.entity = new EntityPage(context.store(), templates);
        this.lists = new ListsPage(context.store(), templates);
        this.batch = new BatchPage(live, maxBatch, work, templates);
        this.goods = new GoodsPage(context, templates);
        this.consignments = new ConsignmentsPage(context, maxBatch, work, templates);
        this.review = new ReviewPages(context, templates);
    }

    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> ctx.redirect("/search"));
        routes.get("/search", page(search::show));
        routes.get("/entity/{id}", page(entity::show));
        routes.get("/lists", page(lists::show));
        routes.get("/lists/{source}/diff", page(lists::diff));
        routes.get("/batch", page(batch::form));
        routes.post("/batch", page(batch::screen));
        routes.get("/batch/{token}.csv", page(batch::download));
        routes.get("/goods", page(goods::show));
        routes.get("/consignments", page(consignments::form));
        routes.post("/consignments", page(consignments::screen));
        routes.get("/consignments/{token}.jsonl", page(consignments::download));
        routes.get("/consignments/{token}", page(consignments::show));
        routes.get("/consignments/{token}/c/{index}", page(consignments::detail));
        routes.get("/review", ctx -> ctx.redirect("/review/alerts"));
        routes.get("/review/login", page(review::loginForm));
        routes.post("/review/login", page(review::login));
        routes.post("/review/logout", page(review::logout));
        routes.get("/review/alerts", page(review::queue));
        routes.get("/review/alerts/{id}", page(review::alert));
        routes.post("/review/alerts/{id}/{action}", page(review::act));
        routes.get("/review/cases", page(review::cases));
        routes.get("/review/cases/{id}", page(review::oneCase));
        routes.post("/review/cases/{id}/{action}", page(review::caseAct));
        routes.get("/review/allow-list", page(review::allowList));
        routes.get("/review/counterparties", page(review::counterparties));
        routes.get("/review/audit", page(review::audit));
    }

    /** A page's failures answered as the API's are ({@link ApiErrors#classify}), as a page. */
    private Handler page(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (Exception e) {
                ApiErrors.Failure f = ApiErrors.classify(e);
                if (f.internal()) {
                    ApiErrors.logInternal(ctx, e);
                }
                if (f.retryAfter() != null) {
                    ctx.header("Retry-After", f.retryAfter());
                }
                if (f.status() == WorkLimits.CLIENT_GONE) {
                    ctx.status(f.status());
                } else {
                    templates.message(ctx, f.status(), f.title(), f.internal()
                            ? "The server could not answer this page; its log has the details." : f.message());
                }
            }
        };
    }
}
