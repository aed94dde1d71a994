package org.tradescreen.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tradescreen.consign.manifest.JsonConsignments;
import org.tradescreen.consign.screen.ConsignmentAlerts;
import org.tradescreen.consign.screen.ConsignmentJson;
import org.tradescreen.consign.screen.ConsignmentResult;
import org.tradescreen.consign.screen.ConsignmentScreener;
import org.tradescreen.server.context.ServerContext;
import org.tradescreen.server.http.WorkLimits;
import org.tradescreen.server.openapi.ApiRoutes;
import org.tradescreen.server.openapi.ApiRoutes.Param;

/**
 * {@code POST /api/v1/consignments}: one consignment, or {@code {"consignments": […]}}, decided under the server's
 * policy, answered as the records of {@code consignments screen}. In a batch a record that cannot be read gets its
 * {@code error} and the others are decided; a single one that cannot be read is a 400 naming the field.
 */
public final class ConsignmentsApi {

    private final ServerContext context;
    private final int maxBatch;
    private final WorkLimits work;

    public ConsignmentsApi(ServerContext context, int maxBatch, WorkLimits work) {
        this.context = context;
        this.maxBatch = maxBatch;
        this.work = work;
    }

    public void register(ApiRoutes api) {
        api.post("/api/v1/consignments", "consignments",
                "Decide consignments CLEAR, REVIEW or HOLD: parties, goods lines and route under the server's policy",
                List.of(Param.query("as_of", "string", "YYYY-MM-DD: the date of consignments that give none (default today)")),
                """
                        {"consignment_id": "RR123456785CN", "as_of": "2021-06-01", "mode": "mail", "direction": "export",
                         "route": {"origin": "US", "destination": "CN"},
                         "parties": [{"role": "consignee", "name": "Institute of Forensic Science of China",
                                      "address": {"city": "Beijing", "country": "CN"}}],
                         "lines": [{"line_no": 1, "description": "DNA sequencing reagent kits", "hs_code": "3822.19"}]}""",
                this::screen);
    }

    private void screen(Context ctx) throws JsonProcessingException {
        JsonNode body = Json.body(ctx);
        LocalDate asOf = Params.date(ctx, "as_of");
        ConsignmentScreener screener = new ConsignmentScreener(context.listsAsOf(), context.goods(),
                context.consignmentPolicy(), Clock.systemUTC());
        Object answer;
        if (body.has("consignments")) {
            JsonNode items = body.get("consignments");
            if (!items.isArray() || items.isEmpty()) {
                throw new BadRequest("consignments: required, a non-empty array of consignments");
            }
            if (items.size() > maxBatch) {
                throw new BadRequest("consignments: " + items.size() + " consignments; at most " + maxBatch + " per request");
            }
            List<ConsignmentResult> results = new ArrayList<>();
            try (WorkLimits.Work w = work.start(ctx)) {
                for (int i = 0; i < items.size(); i++) {
                    w.check(i, items.size());
                    JsonNode item = items.get(i);
                    try {
                        results.add(screener.screen(JsonConsignments.read(item), asOf));
                    } catch (IllegalArgumentException e) {
                        results.add(ConsignmentResult.error(JsonConsignments.idOf(item), i + 1,
                                "consignments[" + i + "]." + e.getMessage()));
                    }
                }
            }
            ScreeningAudit.consignments(context.audit(), ctx,
                    results.stream().map(r -> (JsonNode) ConsignmentJson.auditPayload(r)).toList());
            context.alerts().raise(results.stream().flatMap(r -> ConsignmentAlerts.of(r).stream()).toList());
            answer = Map.of("results", results);
        } else {
            ConsignmentResult one;
            try {
                one = screener.screen(JsonConsignments.read(body), asOf);
            } catch (IllegalArgumentException e) {
                throw new BadRequest(e.getMessage());
            }
            ScreeningAudit.consignments(context.audit(), ctx, List.of(ConsignmentJson.auditPayload(one)));
            context.alerts().raise(ConsignmentAlerts.of(one));
            answer = one;
        }
        ctx.contentType("application/json").result(ConsignmentJson.mapper().writeValueAsString(answer));
    }
}
