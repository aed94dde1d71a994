package org.tradescreen.server.api;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.List;

/**
 * What {@code --read-key} guards: everything that shows list data (the native API, the compatible APIs and
 * the pages), not the system endpoints, the API description or static files. The admin endpoints check their
 * own key. A browser that opened a page with {@code ?api_key=…} keeps the key in an HTTP-only cookie, so
 * that the links and forms of the pages go on working.
 */
public final class ReadAccess {

    static final String COOKIE = "tradescreen_key";

    private static final List<String> OPEN = List.of("/healthz", "/readyz", "/metrics", "/openapi.json", "/api",
            "/app.css", "/api.js", "/favicon.ico");

    private ReadAccess() {
    }

    public static boolean guarded(String path) {
        return !OPEN.contains(path) && !path.startsWith("/webjars/") && !path.startsWith("/api/v1/admin/");
    }

    /**
     * Passes a request carrying a read key (as any API client sends it, or in the pages' cookie); a key given
     * as a query parameter and valid is kept in the cookie for the pages' next requests. Only reads accept
     * the cookie: the admin endpoints want the key itself.
     */
    public static void require(Context ctx, ApiKeys readKeys) {
        String cookie = ctx.cookie(COOKIE);
        if (cookie != null && readKeys.accepts(cookie)) {
            return;
        }
        readKeys.require(ctx, "reading the lists");
        String query = Params.text(ctx, "api_key", "subscription-key");
        if (query != null && readKeys.accepts(query)) {
            // Path "/", session-only, HTTP-only, same-site only; Secure when the request came over HTTPS.
            ctx.cookie(new Cookie(COOKIE, query, "/", -1, ctx.scheme().equals("https"), true, null, SameSite.STRICT));
        }
    }
}
