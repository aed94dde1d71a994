package org.tradescreen.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tradescreen.review.Alert;
import org.tradescreen.review.AlertStatus;
import org.tradescreen.review.Alerts;
import org.tradescreen.review.AllowList;
import org.tradescreen.review.Disposition;
import org.tradescreen.review.ReasonCode;
import org.tradescreen.review.User;
import org.tradescreen.review.Users;
import org.tradescreen.server.openapi.ApiRoutes;
import org.tradescreen.server.openapi.ApiRoutes.Param;

/**
 * The alert queue and its review over HTTP. Every call names its user by their own key ({@code X-Api-Key} or
 * {@code Authorization: Bearer}); the four-eyes rule, the roles and the versions are enforced by {@link Alerts},
 * so no client can skip them: the same user confirming their own proposal gets 403, a stale version 409.
 */
public final class AlertsApi {

    private final Alerts alerts;
    private final Users users;

    public AlertsApi(Alerts alerts, Users users) {
        this.alerts = alerts;
        this.users = users;
    }

    /** Alert, allow-list, case, user and audit paths check the user's own key, not the shared read key. */
    public static boolean owns(String path) {
        return path.startsWith("/api/v1/alerts") || path.startsWith("/api/v1/allow-list")
                || path.startsWith("/api/v1/cases") || path.startsWith("/api/v1/users") || path.startsWith("/api/v1/audit");
    }

    public void register(ApiRoutes api) {
        api.get("/api/v1/alerts", "alerts", "The alert queue, newest first (any user, auditors included)",
                List.of(Param.query("status", "string", "only alerts in this status"),
                        Param.query("limit", "integer", "at most this many (default 200)")), ctx -> {
                    user(ctx);
                    String status = Params.text(ctx, "status");
                    List<Alert> found = alerts.list(status == null ? null : AlertStatus.of(status),
                            Params.integer(ctx, "limit", 200, 1, 10_000));
                    ctx.json(Map.of("alerts", found.stream().map(Alert::json).toList()));
                });
        api.get("/api/v1/alerts/{id}", "alerts", "One alert, with its review so far", List.of(), ctx -> {
            user(ctx);
            ctx.json(alerts.get(alertId(ctx)).orElseThrow(() -> new org.tradescreen.review.ReviewException(
                    org.tradescreen.review.ReviewException.Kind.NOT_FOUND, "no alert " + ctx.pathParam("id"))).json());
        });
        action(api, "claim", "Take an open or escalated alert into review (analyst, supervisor)", "{\"version\": 1}",
                (ctx, user, body, version) -> alerts.claim(alertId(ctx), user, version));
        action(api, "propose", "Propose a disposition with a reason code (analyst, supervisor)",
                "{\"version\": 2, \"disposition\": \"false_positive\", \"reason_code\": \"different_birth_date\","
                        + " \"note\": \"born 1990; the listed person 1961\"}",
                (ctx, user, body, version) -> alerts.propose(alertId(ctx), user, version,
                        Disposition.of(required(body, "disposition")), ReasonCode.of(required(body, "reason_code")),
                        Json.text(body, "note")));
        action(api, "confirm", "Confirm another user's proposal (supervisor; never the proposer)", "{\"version\": 3}",
                (ctx, user, body, version) -> alerts.confirm(alertId(ctx), user, version, Json.text(body, "note")));
        action(api, "send-back", "Send another user's proposal back to review (supervisor; never the proposer)",
                "{\"version\": 3, \"note\": \"ask for the birth date\"}",
                (ctx, user, body, version) -> alerts.sendBack(alertId(ctx), user, version, Json.text(body, "note")));
        action(api, "escalate", "Escalate a live alert (analyst, supervisor)", "{\"version\": 2, \"note\": \"…\"}",
                (ctx, user, body, version) -> alerts.escalate(alertId(ctx), user, version, Json.text(body, "note")));
        registerAllowList(api);
    }

    private void registerAllowList(ApiRoutes api) {
        AllowList allow = alerts.allowList();
        api.get("/api/v1/allow-list", "allow-list", "Allow-list entries, newest first (any user)", List.of(), ctx -> {
            user(ctx);
            ctx.json(Map.of("entries", allow.list().stream().map(AllowList.Entry::json).toList()));
        });
        api.post("/api/v1/allow-list", "allow-list", "Propose holding an alert's (subject, list entry) pair"
                        + " (analyst, supervisor; a supervisor other than the proposer approves)", List.of(),
                "{\"alert_id\": 7, \"reason_code\": \"different_birth_date\", \"note\": \"…\","
                        + " \"expires_at\": \"2027-12-31T00:00:00Z\"}", ctx -> {
                    User user = user(ctx);
                    JsonNode body = Json.body(ctx);
                    JsonNode alertId = body.path("alert_id");
                    if (!alertId.isIntegralNumber()) {
                        throw new BadRequest("alert_id: required, the alert whose pair to hold");
                    }
                    String expires = Json.text(body, "expires_at");
                    Instant expiresAt;
                    try {
                        expiresAt = expires == null ? null : Instant.parse(expires);
                    } catch (java.time.format.DateTimeParseException e) {
                        throw new BadRequest("expires_at: not an ISO-8601 instant: " + expires);
                    }
                    ctx.status(201).json(allow.propose(alertId.asLong(), user,
                            ReasonCode.of(required(body, "reason_code")), Json.text(body, "note"), expiresAt).json());
                });
        for (String decision : List.of("approve", "reject", "revoke")) {
            api.post("/api/v1/allow-list/{id}/" + decision, "allow-list", decision.substring(0, 1).toUpperCase()
                    + decision.substring(1) + " an allow-list entry (supervisor; approve and reject: never the"
                    + " proposer)", List.of(), "{\"version\": 1}", ctx -> {
                        User user = user(ctx);
                        int version = version(Json.body(ctx));
                        long id = Params.pathNumber(ctx, "id", "an allow-list entry");
                        AllowList.Entry e = switch (decision) {
                            case "approve" -> allow.approve(id, user, version);
                            case "reject" -> allow.reject(id, user, version);
                            default -> allow.revoke(id, user, version);
                        };
                        ctx.json(e.json());
                    });
        }
    }

    @FunctionalInterface
    private interface Action {
        Alert apply(Context ctx, User user, JsonNode body, int version);
    }

    private void action(ApiRoutes api, String name, String summary, String example, Action action) {
        api.post("/api/v1/alerts/{id}/" + name, "alerts", summary, List.of(), example, ctx -> {
            User user = user(ctx);
            JsonNode body = Json.body(ctx);
            ctx.json(action.apply(ctx, user, body, version(body)).json());
        });
    }

    static int version(JsonNode body) {
        JsonNode version = body.path("version");
        if (!version.canConvertToInt() || !version.isIntegralNumber()) {
            throw new BadRequest("version: required, the version as you read it");
        }
        return version.asInt();
    }

    private User user(Context ctx) {
        return authenticate(users, ctx);
    }

    /** The user whose own key the request carries; 401 without one. */
    static User authenticate(Users users, Context ctx) {
        return users.authenticate(ApiKeys.presented(ctx)).orElseThrow(() -> new ApiKeys.Unauthorized(
                "review needs your own user key (X-Api-Key or Authorization: Bearer); 'tradescreen users add'"
                        + " makes one"));
    }


    private static String required(JsonNode body, String field) {
        String v = Json.text(body, field);
        if (v == null) {
            throw new BadRequest(field + ": required");
        }
        return v;
    }

    private static long alertId(Context ctx) {
        return Params.pathNumber(ctx, "id", "an alert");
    }
}
