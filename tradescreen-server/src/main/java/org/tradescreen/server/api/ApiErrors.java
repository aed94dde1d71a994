package org.tradescreen.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.ServletException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.load.LoadRefusedException;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.review.ReviewException;
import org.tradescreen.match.ListsAsOf;
import org.tradescreen.server.http.WorkLimits;
import org.tradescreen.server.lists.ListRefresher;
import org.tradescreen.server.lists.LiveLists;

/**
 * Turns failures into answers, in one place for the API and the pages alike ({@link #classify}): a request we
 * cannot act on is a 4xx with a one-line message, a server not ready or busy a 503 with Retry-After, never a stack
 * trace; a database that cannot be reached is a 503 saying so ({@link #STORE_UNAVAILABLE}), never a 500. The API
 * answers {@code {"error": …}}; the yente-compatible endpoints answer {@code {"detail": …}} as
 * yente does; the pages render the same status and message. Anything unexpected is logged on stderr and answered
 * 500 with no detail.
 */
public final class ApiErrors {

    /**
     * What a failure answers: the status, a page title, the message, the seconds to wait before retrying (or
     * null), and whether it is ours (an internal error, logged) rather than the client's.
     */
    public record Failure(int status, String title, @Nullable String message, @Nullable String retryAfter, boolean internal) {

        static Failure client(int status, String title, @Nullable String message) {
            return new Failure(status, title, message, null, false);
        }

        static Failure unavailable(String title, @Nullable String message) {
            return new Failure(503, title, message, "5", false);
        }
    }

    /**
     * What a request that needs the database answers while it is unreachable (503): screening today's lists goes
     * on from the index in memory, anything that reads or writes stored data waits for the database.
     */
    public static final String STORE_UNAVAILABLE = "the database is unavailable, so this request cannot be served"
            + " now; screening against the loaded lists goes on; try again shortly";

    private ApiErrors() {
    }

    public static void install(RoutesConfig routes) {
        // Javalin answers its own HttpResponseException unless that class has a handler of its own.
        routes.exception(HttpResponseException.class, ApiErrors::respond);
        routes.exception(Exception.class, ApiErrors::respond);
    }

    private static void respond(Exception e, Context ctx) {
        Failure f = classify(e);
        if (f.internal()) {
            logInternal(ctx, e);
        }
        if (e instanceof ApiKeys.Unauthorized) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        if (f.retryAfter() != null) {
            ctx.header("Retry-After", f.retryAfter());
        }
        if (f.status() == WorkLimits.CLIENT_GONE) {
            ctx.status(f.status());
        } else {
            answer(ctx, f.status(), f.message());
        }
    }

    /** The one mapping of failures to HTTP answers. */
    public static Failure classify(Exception e) {
        // First: whatever the failure is wrapped in, a lost database is neither the client's fault nor a bug.
        if (Database.unreachable(e)) {
            return Failure.unavailable("The database is unavailable", STORE_UNAVAILABLE);
        }
        if (e instanceof BadRequest || e instanceof IllegalArgumentException || e instanceof ListFormatException) {
            return Failure.client(400, "Cannot answer", e.getMessage());
        } else if (e instanceof ReviewException r) {
            return switch (r.kind()) {
                case NOT_FOUND -> Failure.client(404, "Not found", e.getMessage());
                case FORBIDDEN -> Failure.client(403, "Not allowed", e.getMessage());
                case CONFLICT -> Failure.client(409, "The alert changed", e.getMessage());
            };
        } else if (e instanceof LoadRefusedException) {
            return Failure.client(422, "The list was not loaded", e.getMessage());
        } else if (e instanceof ApiKeys.Unauthorized) {
            return Failure.client(401, "A key is needed", e.getMessage());
        } else if (e instanceof ApiKeys.Closed) {
            return Failure.client(403, "Not allowed", e.getMessage());
        } else if (e instanceof ListRefresher.BusyException) {
            return Failure.client(409, "An update is already running", e.getMessage());
        } else if (e instanceof LiveLists.NotReadyException) {
            return Failure.unavailable("The lists are still loading", e.getMessage());
        } else if (e instanceof ListsAsOf.BusyException) {
            return Failure.unavailable("The server is busy compiling lists", e.getMessage());
        } else if (e instanceof WorkLimits.OverBudget) {
            return Failure.client(422, "Too much work for one request", e.getMessage());
        } else if (e instanceof WorkLimits.ClientGone) {
            // Nobody reads this answer: the status only labels the request in the metrics, as nginx's 499 does.
            return Failure.client(WorkLimits.CLIENT_GONE, "", "");
        } else if (e instanceof HttpResponseException h) {
            return Failure.client(h.getStatus(), "Cannot answer", h.getMessage());
        } else if (e instanceof ServletException s) {
            return Failure.client(uploadStatus(s), "Cannot read the upload", uploadMessage(s));
        }
        return new Failure(500, "Something went wrong", "internal error; the server log has the details", null, true);
    }

    /**
     * Jetty refuses a multipart body it cannot read, or one over the size limit, with a ServletException
     * around a BadMessageException: that is the client's doing, 413 or 400.
     */
    public static int uploadStatus(ServletException e) {
        return uploadMessage(e).contains("max") ? 413 : 400;
    }

    public static String uploadMessage(ServletException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalStateException && t.getMessage() != null && t.getMessage().contains("max")) {
                return "the upload is too large: " + t.getMessage();
            }
        }
        return "the upload cannot be read as multipart/form-data";
    }

    /** A failure that is ours, not the client's: one line on stderr, the trace with TRADESCREEN_DEBUG=1. */
    public static void logInternal(Context ctx, Exception e) {
        System.err.println("tradescreen: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
        if (System.getenv("TRADESCREEN_DEBUG") != null) {
            e.printStackTrace();
        }
    }

    public static void answer(Context ctx, int status, String message) {
        ctx.status(status);
        String key = yente(ctx.path()) ? "detail" : "error";
        ctx.json(Map.of(key, message == null ? "error" : message));
    }

    private static boolean yente(String path) {
        return path.startsWith("/match/") || path.startsWith("/search/") || path.startsWith("/entities/")
                || path.equals("/catalog") || path.equals("/algorithms") || path.equals("/readyz")
                || path.equals("/healthz");
    }
}
