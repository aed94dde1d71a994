package org.tradescreen.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.update.FeedConfig;
import org.tradescreen.server.ServerSettings;
import org.tradescreen.server.TradescreenServer;
import org.tradescreen.server.context.ServerContext;
import org.tradescreen.settings.DataDirectory;
import org.tradescreen.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tradescreen serve}: the HTTP API and the web pages, on the data directory's lists (the bundled
 * sample when it holds none). Runs until interrupted. The server owns the store while it runs: an H2 data
 * directory cannot be opened by a second process meanwhile (use PostgreSQL to share one).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the web pages and the HTTP API.")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    TradescreenCommand root;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default 8080; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to bind (default 127.0.0.1; 0.0.0.0 serves every interface).")
    String host;

    @Option(names = "--api-key", paramLabel = "KEY",
            description = "Key for the admin endpoints (repeatable; env TRADESCREEN_API_KEY). Without one they are closed.")
    @Nullable List<String> apiKeys;

    @Option(names = "--read-key", paramLabel = "KEY",
            description = "Require this key on the search endpoints too (repeatable; env TRADESCREEN_READ_KEY).")
    @Nullable List<String> readKeys;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "Browser origin allowed to call the API, e.g. https://search.example.com (repeatable; none by default).")
    @Nullable List<String> corsOrigins;

    @Option(names = "--refresh-every", paramLabel = "DURATION",
            description = "Fetch the feeds on a schedule, e.g. 6h, 30m or PT6H (default: never).")
    @Nullable String refreshEvery;

    @Option(names = "--max-batch", paramLabel = "N", defaultValue = "1000", description = "Most queries per batch request (default 1000).")
    int maxBatch;

    @Option(names = "--max-request-mb", paramLabel = "MB", defaultValue = "20", description = "Largest request body (default 20 MB).")
    int maxRequestMb;

    @Option(names = "--policy", paramLabel = "POLICY.yaml",
            description = "The policy consignments are decided under (default: the shipped one).")
    java.nio.file.@Nullable Path policy;

    @Option(names = "--max-request-cpu", paramLabel = "DURATION", defaultValue = "10s",
            description = "CPU time one request may spend screening before it is refused with 422 (default 10s).")
    String maxRequestCpu;

    @Override
    public Integer call() throws InterruptedException, java.io.IOException {
        Workspace ws = root.workspace().withSampleIfEmpty();
        ServerSettings settings = new ServerSettings(host, port, keys(apiKeys, "TRADESCREEN_API_KEY"),
                keys(readKeys, "TRADESCREEN_READ_KEY"), corsOrigins == null ? List.of() : corsOrigins,
                refreshEvery == null ? null : duration(refreshEvery, "--refresh-every", Duration.ofMinutes(1),
                        Duration.ofDays(365)), maxRequestMb * 1024L * 1024L, maxBatch, Duration.ofSeconds(30),
                duration(maxRequestCpu, "--max-request-cpu", Duration.ofMillis(100), Duration.ofHours(1)),
                webhookInterval(ws), setting(ws, "server.threads", ServerSettings.DEFAULT_WORKER_THREADS),
                setting(ws, "update.attempts", ServerSettings.DEFAULT_UPDATE_ATTEMPTS), updateTimeout(ws));
        ServerContext context = ServerContext.open(ws, () -> {
            try {
                return FeedConfig.load(ws.dataDir());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, ConsignmentsCommand.policy(policy));
        TradescreenServer server = new TradescreenServer(settings, context).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            context.audit().close();
            ws.close();
            stopped.countDown();
        }, "tradescreen-shutdown"));
        System.err.printf("tradescreen: serving on http://%s:%d/ (API at /api, data %s); Ctrl-C stops%n",
                host.contains(":") ? "[" + host + "]" : host, server.port(), ws.dataDir());
        stopped.await();
        return ExitCodes.OK;
    }

    /** {@code webhook.interval} in the data directory's tradescreen.properties: how often the outbox is sent. */
    private static Duration webhookInterval(Workspace ws) {
        String given = DataDirectory.settings(ws.dataDir()).getProperty("webhook.interval");
        return given == null || given.isBlank() ? ServerSettings.DEFAULT_WEBHOOK_INTERVAL
                : duration(given, "webhook.interval in " + ws.dataDir().resolve("tradescreen.properties"),
                        Duration.ofMillis(100), Duration.ofHours(1));
    }

    /** {@code update.timeout} in tradescreen.properties: how long a feed may keep a scheduled update waiting. */
    private static Duration updateTimeout(Workspace ws) {
        String given = DataDirectory.settings(ws.dataDir()).getProperty("update.timeout");
        return given == null || given.isBlank() ? ServerSettings.DEFAULT_UPDATE_TIMEOUT
                : duration(given, "update.timeout in " + ws.dataDir().resolve("tradescreen.properties"),
                        Duration.ofSeconds(1), Duration.ofHours(1));
    }

    /** A whole-number setting of the data directory's tradescreen.properties (ServerSettings checks its range). */
    private static int setting(Workspace ws, String key, int byDefault) {
        String given = DataDirectory.settings(ws.dataDir()).getProperty(key);
        if (given == null || given.isBlank()) {
            return byDefault;
        }
        try {
            return Integer.parseInt(given.strip());
        } catch (NumberFormatException e) {
            throw new UserInputException(key + " in " + ws.dataDir().resolve("tradescreen.properties") + ": '" + given
                    + "' is not a whole number");
        }
    }

    private static List<String> keys(@Nullable List<String> given, String env) {
        List<String> keys = new ArrayList<>(given == null ? List.of() : given);
        String fromEnv = System.getenv(env);
        if (fromEnv != null && !fromEnv.isBlank()) {
            keys.add(fromEnv.strip());
        }
        return keys;
    }

    /** "6h", "30m", "45s", "2d" or an ISO-8601 duration, between {@code min} and {@code max}. */
    static Duration duration(String text, String option, Duration min, Duration max) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Duration d;
        try {
            d = t.matches("\\d+[smhd]")
                    ? Duration.ofSeconds(Math.multiplyExact(Long.parseLong(t.substring(0, t.length() - 1)), switch (t.charAt(t.length() - 1)) {
                        case 's' -> 1L;
                        case 'm' -> 60L;
                        case 'h' -> 3600L;
                        default -> 86400L;
                    }))
                    : Duration.parse(t.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            throw new UserInputException(option + ": '" + text + "' is not a duration such as 6h, 30m, 10s or PT6H");
        }
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw new UserInputException(option + " must be between " + words(min) + " and " + words(max) + ", got " + text);
        }
        return d;
    }

    private static String words(Duration d) {
        return d.toDays() > 0 ? d.toDays() + " days" : d.toHours() > 0 ? d.toHours() + " hour" + (d.toHours() > 1 ? "s" : "")
                : d.toMinutes() > 0 ? d.toMinutes() + " minute" + (d.toMinutes() > 1 ? "s" : "") : d.toMillis() + " ms";
    }
}
