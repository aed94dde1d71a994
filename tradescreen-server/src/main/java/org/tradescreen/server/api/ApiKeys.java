package org.tradescreen.server.api;

import io.javalin.http.Context;
import java.security.MessageDigest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tradescreen.io.Sha256;

/**
 * Checks an API key wherever a client puts it: {@code X-Api-Key} or {@code subscription-key} header, an
 * {@code Authorization: Bearer …} or {@code ApiKey …} header, or an {@code api_key} / {@code subscription-key}
 * query parameter. Keys are compared in constant time.
 */
public final class ApiKeys {

    /** Thrown when a required key is missing or wrong; answered 401. */
    public static final class Unauthorized extends RuntimeException {
        public Unauthorized(String message) {
            super(message);
        }
    }

    /** Thrown when the endpoint is closed because no key is configured: no key can open it; answered 403. */
    public static final class Closed extends RuntimeException {
        public Closed(String message) {
            super(message);
        }
    }

    /** SHA-256 of each key: comparing digests of equal length leaks neither a key's length nor its bytes. */
    private final List<byte[]> digests;

    public ApiKeys(List<String> keys) {
        this.digests = keys.stream().map(ApiKeys::digest).toList();
    }

    public boolean any() {
        return !digests.isEmpty();
    }

    /** Passes when the request carries one of the keys; {@code what} names the endpoint family in the error. */
    public void require(Context ctx, String what) {
        if (digests.isEmpty()) {
            throw new Closed(what + " is disabled: start the server with an API key (--api-key or"
                    + " TRADESCREEN_API_KEY) to enable it");
        }
        String given = presented(ctx);
        if (given == null) {
            throw new Unauthorized(what + " needs an API key: send it as an X-Api-Key header or a Bearer token");
        }
        if (!accepts(given)) {
            throw new Unauthorized("the API key is not valid");
        }
    }

    /** Whether {@code given} is one of the keys; every key is compared, so the time taken says nothing of which. */
    public boolean accepts(String given) {
        byte[] g = digest(given);
        boolean found = false;
        for (byte[] k : digests) {
            found |= MessageDigest.isEqual(k, g);
        }
        return found;
    }

    private static byte[] digest(String key) {
        return Sha256.of(key);
    }

    static @Nullable String presented(Context ctx) {
        for (String header : List.of("X-Api-Key", "subscription-key", "Ocp-Apim-Subscription-Key")) {
            String v = ctx.header(header);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        String auth = ctx.header("Authorization");
        if (auth != null) {
            for (String scheme : List.of("Bearer ", "ApiKey ")) {
                if (auth.regionMatches(true, 0, scheme, 0, scheme.length())) {
                    return auth.substring(scheme.length()).strip();
                }
            }
        }
        return Params.text(ctx, "api_key", "subscription-key");
    }
}
