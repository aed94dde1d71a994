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
            "/app.css", "/favicon.ico");

    private ReadAccess() {
    }

    public static boolean guarded(String path) {
        return !OPEN.contains(path) && !path.startsWith("/webjars/") && !path.startsWith("/api/v1/admin/");
    }

    /** Keeps a key given as a query parameter in a cookie, for the pages' next requests. */
    public static void remember(Context ctx) {
        String key = Params.text(ctx, "api_key", "subscription-key");
        if (key != null) {
            // Path "/", session-only, HTTP-only, same-site only.
            ctx.cookie(new Cookie(COOKIE, key, "/", -1, false, true, null, SameSite.STRICT));
        }
    }
}
