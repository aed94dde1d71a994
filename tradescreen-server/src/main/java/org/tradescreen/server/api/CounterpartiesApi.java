package org.tradescreen.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradescreen.lists.format.Problem;
import org.tradescreen.monitor.Counterparty;
import org.tradescreen.monitor.CounterpartyCsv;
import org.tradescreen.monitor.Monitor;
import org.tradescreen.review.ReviewException;
import org.tradescreen.review.Role;
import org.tradescreen.review.User;
import org.tradescreen.review.Users;
import org.tradescreen.server.monitor.MonitorWorker;
import org.tradescreen.server.openapi.ApiRoutes;
import org.tradescreen.server.openapi.ApiRoutes.Param;

/**
 * The monitored base over HTTP: import counterparties in bulk (JSON or CSV), browse them with what each matches,
 * and see the re-screens. Users name themselves by their own key, as for alerts; supervisors and admins change
 * the base, anyone reads it.
 */
public final class CounterpartiesApi {

    /** New and changed counterparties a request screens before answering; more wait for the background. */
    private static final int SCREEN_LIMIT = 10_000;

    private final Monitor monitor;
    private final Users users;
    private final MonitorWorker worker;

    public CounterpartiesApi(Monitor monitor, Users users, MonitorWorker worker) {
        this.monitor = monitor;
        this.users = users;
        this.worker = worker;
    }

    /** These paths check the user's own key, not the shared read key. */
    public static boolean owns(String path) {
        return path.startsWith("/api/v1/counterparties") || path.startsWith("/api/v1/monitoring");
    }

    public void register(ApiRoutes api) {
        api.post("/api/v1/counterparties", "monitoring", "Import counterparties in bulk (supervisor, admin): a JSON"
                        + " object {\"counterparties\": [...]} or a CSV body (text/csv) with id,name,type,country,dob,"
                        + "identifier. An id imported again is replaced; bad rows are listed and skipped", List.of(),
                "{\"counterparties\": [{\"id\": \"c-1\", \"name\": \"Harbin Tool Works\", \"type\": \"organization\","
                        + " \"country\": \"CN\"}]}", ctx -> {
                    User user = AlertsApi.authenticate(users, ctx);
                    if (user.role() != Role.SUPERVISOR && user.role() != Role.ADMIN) {
                        throw new ReviewException(ReviewException.Kind.FORBIDDEN, user.name() + " is "
                                + user.role().code() + "; only supervisors and admins change the monitored base");
                    }
                    Monitor.Import imp = monitor.importer(SCREEN_LIMIT);
                    List<Problem> problems = new ArrayList<>();
                    String type = ctx.contentType() == null ? "" : ctx.contentType();
                    if (type.startsWith("text/csv")) {
                        try {
                            CounterpartyCsv.read(new StringReader(ctx.body()), "body", chunk -> {
                                problems.addAll(chunk.problems());
                                imp.add(chunk);
                            });
                        } catch (IllegalArgumentException e) {
                            throw new BadRequest(e.getMessage());
                        }
                    } else {
                        JsonNode rows = Json.body(ctx).path("counterparties");
                        if (!rows.isArray()) {
                            throw new BadRequest("counterparties: required, an array of {id, name, type, country,"
                                    + " dob, identifier}");
                        }
                        List<Counterparty> ok = new ArrayList<>();
                        for (int i = 0; i < rows.size(); i++) {
                            JsonNode r = rows.get(i);
                            String where = "counterparties[" + i + "]";
                            try {
                                ok.add(Counterparty.checked(where + ": ", Json.text(r, "id"), Json.text(r, "name"),
                                        Json.text(r, "type"), Json.text(r, "country"), Json.text(r, "dob"),
                                        Json.text(r, "identifier")));
                            } catch (IllegalArgumentException e) {
                                problems.add(new Problem(where, 0, null, e.getMessage().substring(where.length() + 2)));
                            }
                        }
                        imp.add(new CounterpartyCsv.Chunk(ok, List.copyOf(problems)));
                    }
                    Monitor.Imported r = imp.finish();
                    if (r.pending() > 0) {
                        worker.nudge();
                    }
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("added", r.added());
                    doc.put("changed", r.changed());
                    doc.put("unchanged", r.unchanged());
                    doc.put("rejected", r.rejected());
                    doc.put("problems", problems.stream().map(Problem::toString).toList());
                    doc.put("pending", r.pending());
                    r.screen().ifPresent(run -> doc.put("screen", run.json()));
                    ctx.json(doc);
                });
        api.get("/api/v1/counterparties", "monitoring", "The monitored base in id order (any user)",
                List.of(Param.query("after", "string", "start after this id (paging)"),
                        Param.query("name", "string", "only names containing this"),
                        Param.query("limit", "integer", "at most this many (default 100)")), ctx -> {
                    AlertsApi.authenticate(users, ctx);
                    List<Counterparty> page = monitor.counterparties().page(Params.text(ctx, "after"),
                            Params.text(ctx, "name"), Params.integer(ctx, "limit", 100, 1, 10_000));
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("counterparties", page);
                    doc.put("count", monitor.counterparties().count());
                    doc.put("pending", monitor.counterparties().pendingCount());
                    ctx.json(doc);
                });
        api.get("/api/v1/counterparties/{id}", "monitoring", "One counterparty and the list entries it matches now"
                + " (any user)", List.of(), ctx -> {
                    AlertsApi.authenticate(users, ctx);
                    String id = ctx.pathParam("id");
                    Counterparty c = monitor.counterparties().get(List.of(id)).stream().findFirst().orElseThrow(
                            () -> new ReviewException(ReviewException.Kind.NOT_FOUND, "no counterparty " + id));
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("counterparty", c);
                    doc.put("matches", monitor.matches(id));
                    ctx.json(doc);
                });
        api.get("/api/v1/monitoring/runs", "monitoring", "The recent re-screens, newest first (any user)",
                List.of(Param.query("limit", "integer", "at most this many (default 20)")), ctx -> {
                    AlertsApi.authenticate(users, ctx);
                    ctx.json(Map.of("runs", monitor.runs(Params.integer(ctx, "limit", 20, 1, 1000)).stream()
                            .map(Monitor.Run::json).toList()));
                });
    }
}
