package org.tradescreen.server.openapi;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Registers each API endpoint with Javalin and, from the same declaration, describes it for
 * {@code /openapi.json}: the document cannot drift from the routes, because both come from one call.
 */
public final class ApiRoutes {

    /** One parameter: in {@code query}, {@code path} or {@code header}; type an OpenAPI scalar type. */
    public record Param(String name, String in, String type, boolean required, String description) {
        public static Param query(String name, String type, String description) {
            return new Param(name, "query", type, false, description);
        }

        public static Param path(String name, String description) {
            return new Param(name, "path", "string", true, description);
        }
    }

    /** One documented operation. {@code requestExample} is a JSON body example, or null for none. */
    public record Operation(String method, String path, String tag, String summary, List<Param> params,
                            @Nullable String requestExample, @Nullable String requestType, boolean admin) {
    }

    private final RoutesConfig routes;
    private final List<Operation> operations = new ArrayList<>();

    public ApiRoutes(RoutesConfig routes) {
        this.routes = routes;
    }

    public void get(String path, String tag, String summary, List<Param> params, Handler handler) {
        get(path, tag, summary, params, false, handler);
    }

    /** A GET endpoint; {@code admin} marks it as needing the admin key in the document. */
    public void get(String path, String tag, String summary, List<Param> params, boolean admin, Handler handler) {
        routes.get(path, handler);
        operations.add(new Operation("get", path, tag, summary, params, null, null, admin));
    }

    public void post(String path, String tag, String summary, List<Param> params, String requestExample,
                     Handler handler) {
        post(path, tag, summary, params, requestExample, "application/json", false, handler);
    }

    public void post(String path, String tag, String summary, List<Param> params, @Nullable String requestExample,
                     @Nullable String requestType, boolean admin, Handler handler) {
        routes.post(path, handler);
        operations.add(new Operation("post", path, tag, summary, params, requestExample, requestType, admin));
    }

    public List<Operation> operations() {
        return List.copyOf(operations);
    }
}
