package org.tradescreen.server.api;

import io.javalin.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.tradescreen.audit.AuditWriter;
import org.tradescreen.lists.snapshot.Database;
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
    private final AuditWriter audit;

    public SystemApi(LiveLists live, ListRefresher refresher, Metrics metrics, AuditWriter audit) {
        this.live = live;
        this.refresher = refresher;
        this.metrics = metrics;
        this.audit = audit;
    }

    public void register(ApiRoutes api, Supplier<Map<String, Object>> openApi) {
        api.get("/healthz", "system", "Liveness: 200 while the process serves", List.of(),
                ctx -> ctx.json(Map.of("status", "ok")));
        // Degraded is 200: the instance still screens, and every instance shares the one database, so a load
        // balancer that took them out of rotation for it would stop screening everywhere, not just the writes.
        api.get("/readyz", "system", "Readiness: 200 once an index is loaded, else 503; status 'degraded' (still 200)"
                        + " while the database is unreachable; reports the database and the last list update",
                List.of(), ctx -> {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    Optional<Database.Outage> outage = live.store().database().unavailable();
                    doc.put("status", !live.ready() ? "loading" : outage.isPresent() ? "degraded" : "ok");
                    if (live.ready()) {
                        doc.put("lists", ScreenReport.ListRef.of(live.at(null).versions()));
                    } else {
                        doc.put("detail", "Index not ready.");
                    }
                    Map<String, Object> store = new LinkedHashMap<>();
                    store.put("status", outage.isPresent() ? "unavailable" : "ok");
                    outage.ifPresent(o -> {
                        store.put("since", o.since().toString());
                        store.put("error", o.reason());
                        store.put("detail", "screening today's lists goes on from memory; requests that read or"
                                + " write stored data answer 503");
                    });
                    if (audit.spooled() > 0) {
                        store.put("audit_records_spooled", audit.spooled());
                    }
                    doc.put("store", store);
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
