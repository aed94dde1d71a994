package org.tradescreen.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.tradescreen.audit.AuditExport;
import org.tradescreen.audit.AuditLog;
import org.tradescreen.review.Role;
import org.tradescreen.review.ReviewException;
import org.tradescreen.review.User;
import org.tradescreen.review.Users;
import org.tradescreen.server.openapi.ApiRoutes;
import org.tradescreen.server.openapi.ApiRoutes.Param;

/**
 * Users and the audit log over HTTP, each call by a user's own key: admins add users (the new key is in the
 * answer, once); auditors, supervisors and admins list users, check the log and export records with their proofs,
 * as {@code tradescreen audit export} writes them.
 */
public final class AuditApi {

    private final Users users;
    private final AuditLog log;

    public AuditApi(Users users, AuditLog log) {
        this.users = users;
        this.log = log;
    }

    public void register(ApiRoutes api) {
        api.get("/api/v1/users", "users", "Users and their roles (auditor, supervisor, admin)", List.of(), ctx -> {
            overseer(ctx);
            ctx.json(Map.of("users", users.all().stream().map(u -> Map.of("name", u.name(), "role", u.role().code()))
                    .toList()));
        });
        api.post("/api/v1/users", "users", "Add a user (admin); the answer carries the new key, shown only this once",
                List.of(), "{\"name\": \"anna\", \"role\": \"analyst\"}", ctx -> {
                    User admin = AlertsApi.authenticate(users, ctx);
                    if (admin.role() != Role.ADMIN) {
                        throw new ReviewException(ReviewException.Kind.FORBIDDEN, admin.name() + " is "
                                + admin.role().code() + "; only an admin adds users");
                    }
                    var body = Json.body(ctx);
                    String name = String.valueOf(Json.text(body, "name"));
                    Role role = Role.of(String.valueOf(Json.text(body, "role")));
                    String key = users.add(name, role, admin.name());
                    ctx.status(201).json(Map.of("name", name, "role", role.code(), "api_key", key));
                });
        api.get("/api/v1/audit/verify", "audit", "Re-check the whole audit log (auditor, supervisor, admin)",
                List.of(), ctx -> {
                    overseer(ctx);
                    Json.answerWithNulls(ctx, log.verify().json());
                });
        api.get("/api/v1/audit/export", "audit", "Records with their inclusion proofs and a fresh signed checkpoint,"
                        + " as JSON lines (auditor, supervisor, admin; docs/audit.md)",
                List.of(Param.query("from", "integer", "first record (default 1)"),
                        Param.query("to", "integer", "last record (default the last)")), ctx -> {
                    overseer(ctx);
                    long from = Params.integer(ctx, "from", 1, 1, Integer.MAX_VALUE);
                    long to = ctx.queryParam("to") == null ? Long.MAX_VALUE
                            : Params.integer(ctx, "to", 1, 1, Integer.MAX_VALUE);
                    StringWriter out = new StringWriter();
                    try {
                        AuditExport.write(log, from, to, out);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    ctx.contentType("application/x-ndjson").result(out.toString());
                });
        api.get("/api/v1/audit/public-key", "audit", "This instance's public key (base64 X.509), to check exports",
                List.of(), ctx -> {
                    AlertsApi.authenticate(users, ctx);
                    ctx.json(Map.of("key_id", log.key().keyId(), "public_key", log.key().publicKeyBase64()));
                });
    }

    /** Who may look over everyone's shoulder: auditors, supervisors and admins. */
    private User overseer(Context ctx) {
        User u = AlertsApi.authenticate(users, ctx);
        if (u.role() == Role.ANALYST) {
            throw new ReviewException(ReviewException.Kind.FORBIDDEN, u.name() + " is an analyst; the audit log and"
                    + " the users are for auditors, supervisors and admins");
        }
        return u;
    }
}
