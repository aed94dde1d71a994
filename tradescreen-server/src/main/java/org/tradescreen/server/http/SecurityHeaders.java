package org.tradescreen.server.http;

import io.javalin.http.Context;

/**
 * The headers every answer carries. The Content-Security-Policy allows only this server's own scripts, styles
 * and images (plus {@code data:} images, which Swagger UI uses), no plugins, no framing by other sites
 * ({@code frame-ancestors 'none'}, with {@code X-Frame-Options} for older browsers) and forms posting only
 * here. The pages keep to it: no inline script or style, htmx's own indicator styles off.
 */
public final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("X-Content-Type-Options", "nosniff");
        // Nothing leaves for other sites; "same-origin" rather than "no-referrer" because under the latter browsers
        // send "Origin: null" with the pages' own form posts, which the origin check must then refuse.
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }
}
