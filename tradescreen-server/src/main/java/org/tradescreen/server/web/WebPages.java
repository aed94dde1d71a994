package org.tradescreen.server.web;

import io.javalin.config.RoutesConfig;
import org.tradescreen.server.ServerContext;
import org.tradescreen.server.lists.LiveLists;

/** The analyst's pages. */
public final class WebPages {

    private final ServerContext context;
    private final LiveLists live;
    private final int maxBatch;

    public WebPages(ServerContext context, LiveLists live, int maxBatch) {
        this.context = context;
        this.live = live;
        this.maxBatch = maxBatch;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> ctx.redirect("/search"));
    }
}
