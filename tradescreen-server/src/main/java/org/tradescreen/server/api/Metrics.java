package org.tradescreen.server.api;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import org.tradescreen.monitor.Monitor;
import org.tradescreen.server.monitor.MonitorWorker;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.tradescreen.server.lists.ListRefresher;
import org.tradescreen.server.http.WorkLimits;
import org.tradescreen.server.lists.LiveLists;
import org.tradescreen.server.notify.WebhookSender;

/**
 * Prometheus metrics: request durations by route template, method and status (so {@code /entities/{id}}
 * is one series, not one per id), the live index's size and readiness, whether the database answers, audit
 * records waiting for it, failed list updates, requests stopped
 * (client gone, CPU budget spent), monitoring's re-screens and alerts, webhook deliveries, failed attempts and
 * events waiting, and the JVM.
 */
public final class Metrics {

    private static final String STARTED = "tradescreen.started";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public Metrics(LiveLists live, ListRefresher refresher, WorkLimits work, MonitorWorker monitoring,
                   WebhookSender webhooks, org.tradescreen.audit.AuditWriter audit) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        Gauge.builder("tradescreen.index.entities", live, l -> l.ready() ? l.at(null).screener().index().entityCount() : 0)
                .description("Entities in the live screening index").register(registry);
        Gauge.builder("tradescreen.index.ready", live, l -> l.ready() ? 1 : 0)
                .description("1 once an index is loaded").register(registry);
        Gauge.builder("tradescreen.store.up", live, l -> l.store().database().unavailable().isPresent() ? 0 : 1)
                .description("1 while the database answers, 0 while it is unreachable").register(registry);
        Gauge.builder("tradescreen.audit.spooled", audit, a -> a.spooled())
                .description("Audit records kept on local disk, waiting for the database").register(registry);
        Gauge.builder("tradescreen.list.update.failures", refresher, ListRefresher::failures)
                .description("List updates that failed in whole or in part since start").register(registry);
        FunctionCounter.builder("tradescreen.requests.cancelled", work, WorkLimits::cancelled)
                .description("Requests whose client hung up before the answer; their screening was stopped")
                .register(registry);
        FunctionCounter.builder("tradescreen.requests.over.budget", work, WorkLimits::overBudget)
                .description("Requests stopped for needing more CPU time than one request may use").register(registry);
        Monitor monitor = monitoring.monitor();
        FunctionCounter.builder("tradescreen.monitor.rescreens", monitor, Monitor::rescreens)
                .description("Re-screens of stored counterparties (deltas, first screens, sweeps) since start")
                .register(registry);
        FunctionCounter.builder("tradescreen.monitor.counterparties.screened", monitor, Monitor::counterpartiesScreened)
                .description("Counterparties screened by those re-screens").register(registry);
        FunctionCounter.builder("tradescreen.monitor.alerts", monitor, Monitor::alertsRaised)
                .description("Alerts monitoring raised since start").register(registry);
        FunctionCounter.builder("tradescreen.monitor.failures", monitoring, MonitorWorker::failures)
                .description("Monitoring rounds that failed since start").register(registry);
        FunctionCounter.builder("tradescreen.webhook.deliveries", webhooks, WebhookSender::deliveries)
                .description("Webhook events delivered (answered 2xx) since start").register(registry);
        FunctionCounter.builder("tradescreen.webhook.failures", webhooks, WebhookSender::failures)
                .description("Webhook delivery attempts that failed (retried or given up) since start")
                .register(registry);
        Gauge.builder("tradescreen.webhook.pending", webhooks, WebhookSender::pending)
                .description("Webhook events queued and not yet delivered nor given up").register(registry);
    }

    public void start(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
    }

    public void finish(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started == null) {
            return;
        }
        // The route template of the HTTP handler that ran (not of this after-handler), so ids do not explode the series.
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        String route = matched != null ? matched.path : "unmatched";
        Timer.builder("http.server.requests").tag("method", ctx.method().name()).tag("route", route)
                .tag("status", String.valueOf(ctx.statusCode())).publishPercentileHistogram()
                .register(registry).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    public String scrape() {
        return registry.scrape();
    }
}
