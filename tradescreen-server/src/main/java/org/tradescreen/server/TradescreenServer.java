package org.tradescreen.server;

import org.jspecify.annotations.Nullable;
import org.tradescreen.server.context.ServerContext;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.plugin.bundled.CorsPlugin;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.tradescreen.lists.update.ListUpdater;
import org.tradescreen.notify.WebhookDelivery;
import org.tradescreen.server.api.AdminApi;
import org.tradescreen.server.api.AlertsApi;
import org.tradescreen.server.api.AuditApi;
import org.tradescreen.server.api.CasesApi;
import org.tradescreen.server.api.CounterpartiesApi;
import org.tradescreen.server.api.ConsignmentsApi;
import org.tradescreen.server.api.ApiErrors;
import org.tradescreen.server.api.ApiKeys;
import org.tradescreen.server.api.Metrics;
import org.tradescreen.server.api.NativeApi;
import org.tradescreen.server.api.ReadAccess;
import org.tradescreen.server.api.SystemApi;
import org.tradescreen.server.web.ReviewPages;
import org.tradescreen.server.compat.csl.CslApi;
import org.tradescreen.server.compat.yente.YenteApi;
import org.tradescreen.server.http.Admission;
import org.tradescreen.server.http.EdgeErrors;
import org.tradescreen.server.http.OriginCheck;
import org.tradescreen.server.http.SecurityHeaders;
import org.tradescreen.server.http.WorkLimits;
import org.tradescreen.server.lists.ListRefresher;
import org.tradescreen.server.lists.LiveLists;
import org.tradescreen.server.monitor.MonitorWorker;
import org.tradescreen.server.notify.WebhookSender;
import org.tradescreen.server.openapi.ApiRoutes;
import org.tradescreen.server.openapi.OpenApiDocument;
import org.tradescreen.server.web.WebPages;

/**
 * One Javalin app serving the native API, the compatible APIs, the web pages and the system endpoints.
 * The first index is built in the background after the port opens, so {@code /healthz} answers at once and
 * {@code /readyz} turns 200 when screening can start.
 */
public final class TradescreenServer implements AutoCloseable {

    public static final String VERSION = org.tradescreen.Version.current();

    private final ServerSettings settings;
    private final LiveLists live;
    private final ListRefresher refresher;
    private final WorkLimits work;
    private final WebhookSender webhooks;
    private final Javalin app;
    private @Nullable Thread warmUp;
    private final MonitorWorker monitoring;
    private final org.tradescreen.lists.snapshot.Database database;

    /** How often the server checks that its database answers (readiness, and failing fast while it does not). */
    public static final Duration STORE_CHECK = Duration.ofSeconds(1);

    public TradescreenServer(ServerSettings settings, ServerContext context) {
        this.settings = settings;
        this.live = new LiveLists(context.store(), context.listsAsOf());
        this.monitoring = new MonitorWorker(context.monitor());
        this.refresher = new ListRefresher(live, context.loader(), context.feeds(),
                new ListUpdater(context.loader(), settings.updateTimeout(), settings.updateAttempts(), Duration.ofSeconds(2)),
                Clock.systemUTC(), monitoring::nudge);
        this.work = new WorkLimits(settings.maxRequestCpu());
        this.webhooks = new WebhookSender(new WebhookDelivery(context.store().database(), Clock.systemUTC(),
                WebhookDelivery.DEFAULT_TIMEOUT), settings.webhookInterval());
        this.database = context.store().database();
        Metrics metrics = new Metrics(live, refresher, work, monitoring, webhooks, context.audit());
        ApiKeys adminKeys = new ApiKeys(settings.adminKeys());
        ApiKeys readKeys = new ApiKeys(settings.readKeys());
        AtomicReference<Map<String, Object>> openApi = new AtomicReference<>();
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(org.tradescreen.io.Json.mapper()
                    .setSerializationInclusion(JsonInclude.Include.NON_NULL), false));
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.jetty.multipartConfig.maxTotalRequestSize(settings.maxRequestBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(settings.maxRequestBytes(), SizeUnit.BYTES);
            config.jetty.threadPool = new QueuedThreadPool(settings.workerThreads(), 8);
            config.jetty.modifyServer(server -> {
                server.setHandler(Admission.chain(settings.workerThreads(), settings.maxRequestBytes()));
                server.setErrorHandler(new EdgeErrors());
            });
            config.events.serverStarting(() -> {
                for (Connector c : config.unsafe.jettyInternal.server.getConnectors()) {
                    ((ServerConnector) c).setIdleTimeout(settings.idleTimeout().toMillis());
                }
            });
            config.staticFiles.enableWebjars();
            config.staticFiles.add("/org/tradescreen/server/web/static", Location.CLASSPATH);
            if (!settings.corsOrigins().isEmpty()) {
                config.registerPlugin(new CorsPlugin(cors -> cors.addRule(rule -> {
                    settings.corsOrigins().forEach(rule::allowHost);
                    rule.maxAge = 600;
                })));
            }
            config.routes.before(metrics::start);
            config.routes.after(metrics::finish);
            config.routes.before(SecurityHeaders::apply);
            // Decided before any handler runs: a refused origin's request must not act, then fail.
            OriginCheck origins = new OriginCheck(settings.corsOrigins());
            config.routes.before(origins::require);
            if (readKeys.any()) {
                // A CORS preflight carries no key by design; the request it prepares does.
                config.routes.before(ctx -> {
                    if (!ctx.method().equals(HandlerType.OPTIONS) && ReadAccess.guarded(ctx.path())
                            && !AlertsApi.owns(ctx.path()) && !CounterpartiesApi.owns(ctx.path())
                            && !ReviewPages.owns(ctx.path())) {
                        ReadAccess.require(ctx, readKeys);
                    }
                });
            }
            ApiErrors.install(config.routes);
            ApiRoutes api = new ApiRoutes(config.routes);
            new NativeApi(context, live, settings.maxBatch(), work).register(api);
            new ConsignmentsApi(context, settings.maxBatch(), work).register(api);
            new AlertsApi(context.alerts(), context.users()).register(api);
            new CasesApi(context.cases(), context.users()).register(api);
            new CounterpartiesApi(context.monitor(), context.users(), monitoring).register(api);
            new AuditApi(context.users(), context.audit().log()).register(api);
            new AdminApi(refresher, adminKeys, settings.maxRequestBytes()).register(api);
            new CslApi(live).register(api);
            new YenteApi(live, work).register(api);
            new SystemApi(live, refresher, metrics, context.audit()).register(api, openApi::get);
            new WebPages(context, live, settings.maxBatch(), work).register(config.routes);
            openApi.set(OpenApiDocument.of(api.operations(), VERSION));
        });
    }

    /**
     * Opens the port, then compiles the first index in the background; scheduled refresh starts if asked; webhook
     * events (those an earlier run left queued first) are sent from now on.
     */
    public TradescreenServer start() {
        database.watch(STORE_CHECK);
        app.start(settings.host(), settings.port());
        warmUp = new Thread(() -> {
            // Until an index is built the server answers 503; a failure (the database away, say) is retried.
            for (int attempt = 1; !live.ready(); attempt++) {
                try {
                    live.rebuild();
                } catch (RuntimeException e) {
                    System.err.println("tradescreen: cannot build the screening index (attempt " + attempt + "): "
                            + e.getMessage() + "; retrying in 10 s");
                    try {
                        Thread.sleep(10_000);
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
            }
        }, "tradescreen-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        if (settings.refreshEvery() != null) {
            refresher.schedule(settings.refreshEvery());
        }
        monitoring.start();
        webhooks.start();
        return this;
    }

    /** Waits until the first index is built (for tests and benchmarks). */
    public TradescreenServer awaitReady() throws InterruptedException {
        warmUp.join(120_000);
        if (!live.ready()) {
            throw new IllegalStateException("the first screening index was not built within 2 minutes");
        }
        return this;
    }

    public int port() {
        return app.port();
    }

    public LiveLists live() {
        return live;
    }

    @Override
    public void close() {
        // first, while the database is still open: what it was sending stays queued and goes out after a restart
        webhooks.close();
        if (warmUp != null) {
            warmUp.interrupt();
        }
        refresher.close();
        monitoring.close();
        app.stop();
        work.close();
    }
}
