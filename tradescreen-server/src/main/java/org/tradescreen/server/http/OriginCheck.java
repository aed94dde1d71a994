package org.tradescreen.server.http;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Refuses a browser request from another site before anything runs. A browser names the page's origin in
 * {@code Origin} on cross-site requests and on same-site POSTs; a request is let through when that origin is
 * this server itself (the {@code Host} the browser addressed, or {@code X-Forwarded-Host} behind a proxy) or
 * one of the {@code --cors-origin}s. CORS alone only stops the browser from reading the answer: without this
 * check an upload from another site was stored, then reported as refused. Clients that are not browsers send
 * no {@code Origin} and are not affected.
 */
public final class OriginCheck {

    private final List<String> allowed;

    public OriginCheck(List<String> corsOrigins) {
        this.allowed = corsOrigins.stream().map(OriginCheck::normalise).toList();
    }

    public void require(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || allowed.contains(normalise(origin)) || sameOrigin(origin, ctx)) {
            return;
        }
        throw new ForbiddenResponse("origin '" + origin + "' is not allowed to call this server"
                + (allowed.isEmpty() ? "" : "; allowed: " + allowed));
    }

    private static boolean sameOrigin(String origin, Context ctx) {
        String authority = authority(origin);
        if (authority == null) {
            return false;
        }
        for (String host : new String[] {ctx.header("Host"), ctx.header("X-Forwarded-Host")}) {
            if (host != null && authority.equals(withPort(host.strip().toLowerCase(Locale.ROOT), origin))) {
                return true;
            }
        }
        return false;
    }

    /** host:port of an origin, the port made explicit; null for "null" or anything that is not an origin. */
    private static @Nullable String authority(String origin) {
        try {
            URI uri = new URI(origin.strip());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return null;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
            return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String withPort(String host, String origin) {
        boolean hasPort = host.startsWith("[") ? host.contains("]:") : host.contains(":");
        return hasPort ? host : host + ":" + (origin.strip().toLowerCase(Locale.ROOT).startsWith("https:") ? 443 : 80);
    }

    private static String normalise(String origin) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }
}
