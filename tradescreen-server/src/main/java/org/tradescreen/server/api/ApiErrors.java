package org.tradescreen.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.ServletException;
import java.util.Map;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.load.LoadRefusedException;
import org.tradescreen.match.ListsAsOf;
import org.tradescreen.server.http.WorkLimits;
import org.tradescreen.server.lists.ListRefresher;
import org.tradescreen.server.lists.LiveLists;

/**
 * Turns failures into answers: a request we cannot act on is a 4xx with a one-line message, never a stack
 * trace. The API answers {@code {"error": …}}; the yente-compatible endpoints answer {@code {"detail": …}} as
 * yente does. Anything unexpected is logged on stderr and answered 500 with no detail.
 */
public final class ApiErrors {

    private ApiErrors() {
    }

    public static void install(RoutesConfig routes) {
        routes.exception(BadRequest.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
        routes.exception(IllegalArgumentException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
        routes.exception(ListFormatException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
        routes.exception(LoadRefusedException.class, (e, ctx) -> answer(ctx, 422, e.getMessage()));
        routes.exception(ApiKeys.Unauthorized.class, (e, ctx) -> {
            ctx.header("WWW-Authenticate", "Bearer");
            answer(ctx, 401, e.getMessage());
        });
        routes.exception(ApiKeys.Closed.class, (e, ctx) -> answer(ctx, 403, e.getMessage()));
        routes.exception(ListRefresher.BusyException.class, (e, ctx) -> answer(ctx, 409, e.getMessage()));
        routes.exception(LiveLists.NotReadyException.class, (e, ctx) -> {
            ctx.header("Retry-After", "5");
            answer(ctx, 503, e.getMessage());
        });
        routes.exception(ListsAsOf.BusyException.class, (e, ctx) -> {
            ctx.header("Retry-After", "5");
            answer(ctx, 503, e.getMessage());
        });
        routes.exception(WorkLimits.OverBudget.class, (e, ctx) -> answer(ctx, 422, e.getMessage()));
        // Nobody reads this answer: the status only labels the request in the metrics, as nginx's 499 does.
        routes.exception(WorkLimits.ClientGone.class, (e, ctx) -> ctx.status(499));
        routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), e.getMessage()));
        routes.exception(ServletException.class, (e, ctx) -> answer(ctx, uploadStatus(e), uploadMessage(e)));
        routes.exception(Exception.class, (e, ctx) -> {
            logInternal(ctx, e);
            answer(ctx, 500, "internal error; the server log has the details");
        });
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
