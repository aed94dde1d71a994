package org.tradescreen.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.tradescreen.audit.AuditLog;
import org.tradescreen.audit.AuditWriter;
import org.tradescreen.consign.policy.PolicyLoader;
import org.tradescreen.lists.load.LoadRequest;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.lists.update.Feed;
import org.tradescreen.review.Alerts;
import org.tradescreen.review.Cases;
import org.tradescreen.review.Users;
import org.tradescreen.server.context.ServerContext;
import org.tradescreen.settings.DataDirectory;
import org.tradescreen.workspace.Workspace;

/**
 * A real server on a free port over a fresh H2 data directory holding the bundled sample (five CSL
 * snapshots 2020-06-04…2023-11-17 and one EU snapshot), as {@code tradescreen serve} runs it. Either
 * {@link #start} one (try-with-resources), or share one per test class:
 * {@code @RegisterExtension static final ServerFixture server = ServerFixture.perClass();}.
 */
public final class ServerFixture implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    public static final String ADMIN_KEY = "test-admin-key";

    private Workspace workspace;
    private AuditWriter audit;
    private TradescreenServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    private ServerFixture() {
    }

    /** A fixture the JUnit extension starts before the class's tests and stops after them. */
    public static ServerFixture perClass() {
        return new ServerFixture();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        ServerFixture started = start();
        workspace = started.workspace;
        audit = started.audit;
        server = started.server;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    public static ServerFixture start() {
        return start(UnaryOperator.identity(), List.of());
    }

    public static ServerFixture start(UnaryOperator<ServerSettings> settings, List<Feed> feeds) {
        return start(settings, feeds, List.of());
    }

    /** Also loads {@code more} list versions (files of the shared data, say) after the bundled sample. */
    public static ServerFixture start(UnaryOperator<ServerSettings> settings, List<Feed> feeds, List<LoadRequest> more) {
        try {
            return startIn(Files.createTempDirectory("tradescreen-server-test"), settings, feeds, more);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A server on the data directory {@code dir}, as {@code tradescreen serve} would start again on it after a
     * restart: what an earlier fixture stored there is kept; the bundled sample is loaded only into an empty store.
     */
    public static ServerFixture startIn(Path dir, UnaryOperator<ServerSettings> settings) {
        return startIn(dir, settings, List.of(), List.of());
    }

    /**
     * A server whose store is the database at {@code dbUrl} (PostgreSQL, say), with a fresh data directory for
     * the rest (instance key, audit spool, compiled indexes); the bundled sample is loaded when the store is empty.
     */
    public static ServerFixture startOn(String dbUrl, UnaryOperator<ServerSettings> settings, List<Feed> feeds) {
        try {
            return startIn(Files.createTempDirectory("tradescreen-server-test"), dbUrl, settings, feeds, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ServerFixture startIn(Path dir, UnaryOperator<ServerSettings> settings, List<Feed> feeds,
                                         List<LoadRequest> more) {
        return startIn(dir, Database.embeddedUrl(dir), settings, feeds, more);
    }

    private static ServerFixture startIn(Path dir, String dbUrl, UnaryOperator<ServerSettings> settings,
                                         List<Feed> feeds, List<LoadRequest> more) {
        try {
            Workspace ws = Workspace.open(new DataDirectory(dir, dbUrl)).withSampleIfEmpty();
            for (LoadRequest request : more) {
                ws.loader().load(request);
            }
            ServerContext context = ServerContext.open(ws, () -> feeds, PolicyLoader.bundled());
            ServerSettings s = settings.apply(ServerSettings.local(0).withAdminKeys(List.of(ADMIN_KEY)));
            ServerFixture fixture = new ServerFixture();
            fixture.workspace = ws;
            fixture.audit = context.audit();
            fixture.server = new TradescreenServer(s, context).start().awaitReady();
            return fixture;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    public Alerts alerts() {
        return workspace.alerts();
    }

    /** The server's database. */
    public Database database() {
        return workspace.store().database();
    }

    public Users users() {
        return workspace.users();
    }

    public Cases cases() {
        return workspace.cases();
    }

    /** The writer the server records through (its spool). */
    public AuditWriter auditWriter() {
        return audit;
    }

    /** The audit log the server records in. */
    public AuditLog audit() {
        return audit.log();
    }

    public TradescreenServer server() {
        return server;
    }

    public Path dataDir() {
        return workspace.dataDir();
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET(), headers);
    }

    public HttpResponse<String> post(String path, String body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    public HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        audit.close();
        workspace.close();
    }
}
