package org.tradescreen.server.api;

import io.javalin.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.tradescreen.report.ScreenReport;
import org.tradescreen.server.lists.ListRefresher;
import org.tradescreen.server.lists.LiveLists;
import org.tradescreen.server.openapi.ApiRoutes;

/** Liveness, readiness, Prometheus metrics, and the OpenAPI document with its browsable page. */
public final class SystemApi {

    /** Swagger UI, from its WebJar; the version is in the path because Javalin serves WebJars by exact path. */
    static final String SWAGGER_UI = "/webjars/swagger-ui/5.35.0";

    private final LiveLists live;
    private final ListRefresher refresher;
    private final Metrics metrics;

    public SystemApi(LiveLists live, ListRefresher refresher, Metrics metrics) {
        this.live = live;
        this.refresher = refresher;
        this.metrics = metrics;
    }

    public void register(ApiRoutes api, Supplier<Map<String, Object>> openApi) {
        api.get("/healthz", "system", "Liveness: 200 while the process serves", List.of(),
                ctx -> ctx.json(Map.of("status", "ok")));
        api.get("/readyz", "system", "Readiness: 200 once an index is loaded, else 503; reports the last list update",
                List.of(), ctx -> {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("status", live.ready() ? "ok" : "loading");
                    if (live.ready()) {
                        doc.put("lists", ScreenReport.ListRef.of(live.at(null).versions()));
                    } else {
                        doc.put("detail", "Index not ready.");
                    }
                    refresher.last().ifPresent(s -> doc.put("last_update", Map.of("at", s.at().toString(),
                            "ok", s.ok(), "trigger", s.trigger())));
                    ctx.status(live.ready() ? 200 : 503).json(doc);
                });
        api.get("/metrics", "system", "Prometheus metrics", List.of(),
                ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
        api.get("/openapi.json", "system", "This OpenAPI document", List.of(), ctx -> ctx.json(openApi.get()));
        api.get("/api", "system", "The browsable API page", List.of(), ctx -> ctx.contentType(ContentType.TEXT_HTML)
                .result("""
                        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>tradescreen API</title>
                        <link rel="stylesheet" href="%1$s/swagger-ui.css"></head>
                        <body><div id="swagger-ui"></div><script src="%1$s/swagger-ui-bundle.js"></script>
                        <script src="/api.js"></script></body></html>
                        """.formatted(SWAGGER_UI)));
    }
}
