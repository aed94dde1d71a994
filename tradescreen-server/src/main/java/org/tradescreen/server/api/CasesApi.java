package org.tradescreen.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.tradescreen.review.Cases;
import org.tradescreen.review.ReviewException;
import org.tradescreen.review.Role;
import org.tradescreen.review.User;
import org.tradescreen.review.Users;
import org.tradescreen.server.openapi.ApiRoutes;

/**
 * Cases over HTTP: open one over alerts, read it, add notes with small attachments, move it. Every call names its
 * user by their own key; analysts and supervisors write, auditors read; only a supervisor closes a case.
 */
public final class CasesApi {

    private final Cases cases;
    private final Users users;

    public CasesApi(Cases cases, Users users) {
        this.cases = cases;
        this.users = users;
    }

    public void register(ApiRoutes api) {
        api.post("/api/v1/cases", "cases", "Open a case over alerts (analyst, supervisor)", List.of(),
                "{\"kind\": \"counterparty\", \"ref\": \"C-9\", \"title\": \"Institute lookalike\", \"alert_ids\": [7]}",
                ctx -> {
                    User user = writer(ctx);
                    JsonNode body = Json.body(ctx);
                    List<Long> alerts = new ArrayList<>();
                    body.path("alert_ids").forEach(a -> {
                        if (!a.isIntegralNumber()) {
                            throw new BadRequest("alert_ids: alert numbers");
                        }
                        alerts.add(a.asLong());
                    });
                    long id = cases.create(String.valueOf(Json.text(body, "kind")), Json.text(body, "ref"),
                            Json.text(body, "title"), alerts, user.name());
                    ctx.status(201).json(cases.document(id));
                });
        api.get("/api/v1/cases/{id}", "cases", "One case: its alerts and notes (any user)", List.of(), ctx -> {
            AlertsApi.authenticate(users, ctx);
            ctx.json(cases.document(Params.pathNumber(ctx, "id", "a case")));
        });
        api.post("/api/v1/cases/{id}/notes", "cases", "Add a note, with an optional attachment of at most 1 MiB"
                        + " (analyst, supervisor)", List.of(),
                "{\"text\": \"checked the invoice\", \"attachment\": {\"name\": \"invoice.pdf\", \"base64\": \"…\"}}",
                ctx -> {
                    User user = writer(ctx);
                    JsonNode body = Json.body(ctx);
                    JsonNode attachment = body.path("attachment");
                    byte[] bytes = null;
                    if (attachment.isObject()) {
                        try {
                            bytes = Base64.getDecoder().decode(attachment.path("base64").asText());
                        } catch (IllegalArgumentException e) {
                            throw new BadRequest("attachment.base64: not base64");
                        }
                    }
                    long id = Params.pathNumber(ctx, "id", "a case");
                    cases.note(id, Json.text(body, "text"), Json.text(attachment, "name"), bytes, user.name());
                    ctx.status(201).json(cases.document(id));
                });
        api.post("/api/v1/cases/{id}/move", "cases", "Move a case: open, investigating, pending_approval, escalated;"
                        + " closed (supervisor) with an outcome", List.of(),
                "{\"status\": \"closed\", \"outcome\": \"not the listed party\", \"version\": 3}", ctx -> {
                    User user = writer(ctx);
                    JsonNode body = Json.body(ctx);
                    String status = String.valueOf(Json.text(body, "status"));
                    if (status.equals("closed") && user.role() != Role.SUPERVISOR) {
                        throw new ReviewException(ReviewException.Kind.FORBIDDEN, user.name() + " is "
                                + user.role().code() + "; only a supervisor closes a case");
                    }
                    long id = Params.pathNumber(ctx, "id", "a case");
                    cases.move(id, status, Json.text(body, "outcome"), AlertsApi.version(body), user.name());
                    ctx.json(cases.document(id));
                });
    }

    private User writer(Context ctx) {
        User user = AlertsApi.authenticate(users, ctx);
        if (!user.role().canReview()) {
            throw new ReviewException(ReviewException.Kind.FORBIDDEN, user.name() + " is " + user.role().code()
                    + "; only analysts and supervisors work cases");
        }
        return user;
    }

}
