package org.tradescreen.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tradescreen.goods.describe.GoodsQuery;
import org.tradescreen.goods.structure.Molecule;
import org.tradescreen.goods.structure.StructureException;
import org.tradescreen.lists.history.EntityHistory;
import org.tradescreen.match.Algorithm;
import org.tradescreen.match.Coverage;
import org.tradescreen.match.Hit;
import org.tradescreen.match.ListsAsOf;
import org.tradescreen.match.Query;
import org.tradescreen.match.QueryFields;
import org.tradescreen.match.score.Tuning;
import org.tradescreen.report.DiffReport;
import org.tradescreen.report.ListsReport;
import org.tradescreen.report.ScreenReport;
import org.tradescreen.server.context.ServerContext;
import org.tradescreen.server.http.WorkLimits;
import org.tradescreen.server.lists.LiveLists;
import org.tradescreen.server.openapi.ApiRoutes.Param;
import org.tradescreen.server.openapi.ApiRoutes;

/**
 * The native API under {@code /api/v1}: each endpoint returns the same document as the command of the
 * same name with {@code --json}.
 */
public final class NativeApi {

    private static final int MAX_LIMIT = 100;

    private final ServerContext context;
    private final LiveLists live;
    private final int maxBatch;
    private final WorkLimits work;

    public NativeApi(ServerContext context, LiveLists live, int maxBatch, WorkLimits work) {
        this.context = context;
        this.live = live;
        this.maxBatch = maxBatch;
        this.work = work;
    }

    public void register(ApiRoutes api) {
        api.get("/api/v1/screen", "screening", "Screen one party, as the lists stand today or as of a date",
                List.of(Param.query("name", "string", "The party's name (required)"),
                        Param.query("as_of", "string", "YYYY-MM-DD: screen against the lists as they stood that day"),
                        Param.query("source", "string", "Only these sources (comma-separated or repeated)"),
                        Param.query("type", "string", "person, organization, vessel or aircraft"),
                        Param.query("country", "string", "Country of the party: ISO code or name"),
                        Param.query("dob", "string", "Birth date: YYYY, YYYY-MM or YYYY-MM-DD"),
                        Param.query("identifier", "string", "An identifier (passport, IMO…); an exact match is decisive"),
                        Param.query("threshold", "number", "Decision threshold in [0,1], default 0.75"),
                        Param.query("limit", "integer", "Most hits, default 10, at most 100"),
                        Param.query("algorithm", "string", "tradescreen-v1 (default) or ofac"),
                        Param.query("record", "boolean", "true: also raise an alert for each hit (the subject's id in 'id')"),
                        Param.query("id", "string", "the subject's own id, kept on its alerts")),
                this::screenOne);
        api.post("/api/v1/screen", "screening", "Screen a batch of parties (at most the batch limit per request)",
                List.of(), """
                        {"as_of": "2021-06-01", "queries": [{"id": "1", "name": "Institute of Forensic Science of China",
                         "type": "organization", "country": "CN"}, {"id": "2", "name": "John Smith", "dob": "1970"}]}""",
                this::screenBatch);
        api.get("/api/v1/entities/{entity_id}", "lists", "An entity, its newest record",
                List.of(Param.path("entity_id", "Entity id, e.g. us-csl:123")), this::entity);
        api.get("/api/v1/entities/{entity_id}/history", "lists", "When the entity was listed, changed, delisted, relisted",
                List.of(Param.path("entity_id", "Entity id, e.g. us-csl:123")), this::history);
        api.get("/api/v1/lists", "lists", "Every source and its stored versions", List.of(),
                ctx -> ctx.json(ListsReport.of(context.store())));
        api.get("/api/v1/lists/{source}/diff", "lists", "Entries added, removed and changed between two versions",
                List.of(Param.path("source", "Source id, e.g. us-csl"),
                        Param.query("from", "string", "Version number or YYYY-MM-DD (default: the version before 'to')"),
                        Param.query("to", "string", "Version number or YYYY-MM-DD (default: the newest)")),
                ctx -> {
                    if (!context.store().sources().contains(ctx.pathParam("source"))) {
                        throw new NotFoundResponse("no source '" + ctx.pathParam("source") + "'; known: "
                                + context.store().sources());
                    }
                    ctx.json(DiffReport.of(context.store(), ctx.pathParam("source"), Params.text(ctx, "from"),
                            Params.text(ctx, "to")));
                });
        api.post("/api/v1/goods", "goods", "Screen goods: a description, CAS number, HS code or structure",
                List.of(), """
                        {"description": "4-anilinopiperidine dihydrochloride, 25 kg", "cas": "99918-43-1",
                         "hs": "2933.39", "smiles": null, "as_of": "2024-01-01"}""", this::goods);
    }

    private void screenOne(Context ctx) {
        Query q = ScreenParams.query(ctx, live);
        LocalDate asOf = Params.date(ctx, "as_of");
        double threshold = Params.number(ctx, "threshold", Tuning.DEFAULT_THRESHOLD, 0, 1);
        int limit = Params.integer(ctx, "limit", 10, 1, MAX_LIMIT);
        Algorithm algorithm = algorithm(Params.text(ctx, "algorithm"));
        ListsAsOf.View view = live.at(asOf);
        List<Hit> hits = view.screener().screen(q, threshold, limit, algorithm);
        Coverage coverage = view.coverage(q.sources());
        List<ScreeningAudit.Screened> screened = List.of(new ScreeningAudit.Screened(Params.text(ctx, "id"), q, hits));
        ScreeningAudit.screens(context.audit(), ctx, "GET /api/v1/screen", asOf, threshold, algorithm.code(), coverage,
                screened);
        if (Params.flag(ctx, "record")) {
            context.alerts().raise(ScreeningAudit.alerts(screened, coverage, "screen"));
        }
        ctx.json(ScreenReport.of(q.name(), asOf, threshold, algorithm, coverage, hits));
    }

    /** One result of a batch: the client's id and the hits. */
    record BatchResult(String id, List<Hit> hits) {
    }

    private void screenBatch(Context ctx) {
        JsonNode body = Json.body(ctx);
        JsonNode queries = body.path("queries");
        if (!queries.isArray() || queries.isEmpty()) {
            throw new BadRequest("queries: required, a non-empty array of {\"id\", \"name\", …}");
        }
        if (queries.size() > maxBatch) {
            throw new BadRequest("queries: " + queries.size() + " queries; at most " + maxBatch + " per request");
        }
        LocalDate asOf = Params.date(Json.text(body, "as_of"), "as_of");
        double threshold = body.has("threshold") ? Json.number(body, "threshold", 0, 1) : Tuning.DEFAULT_THRESHOLD;
        int limit = body.has("limit") ? (int) Json.number(body, "limit", 1, MAX_LIMIT) : 10;
        Algorithm algorithm = algorithm(Json.text(body, "algorithm"));
        Set<String> sources = ScreenParams.sources(live, Json.texts(body, "sources"));
        List<Query> parsed = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            JsonNode q = queries.get(i);
            String where = "queries[" + i + "].";
            String id = Json.text(q, "id");
            ids.add(id != null ? id : String.valueOf(i));
            try {
                parsed.add(QueryFields.query(where, Json.text(q, "name"), Json.text(q, "type"), Json.text(q, "country"),
                        Json.text(q, "dob"), Json.texts(q, "identifier"), sources));
            } catch (IllegalArgumentException e) {
                throw new BadRequest(e.getMessage());
            }
        }
        ListsAsOf.View view = live.at(asOf);
        List<BatchResult> results = new ArrayList<>();
        try (WorkLimits.Work w = work.start(ctx)) {
            for (int i = 0; i < parsed.size(); i++) {
                w.check(i, parsed.size());
                results.add(new BatchResult(ids.get(i), view.screener().screen(parsed.get(i), threshold, limit, algorithm)));
            }
        }
        Coverage coverage = view.coverage(sources);
        List<ScreeningAudit.Screened> screened = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            screened.add(new ScreeningAudit.Screened(ids.get(i), parsed.get(i), results.get(i).hits()));
        }
        ScreeningAudit.screens(context.audit(), ctx, "POST /api/v1/screen", asOf, threshold, algorithm.code(), coverage,
                screened);
        context.alerts().raise(ScreeningAudit.alerts(screened, coverage, "batch"));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("as_of", asOf);
        doc.put("threshold", threshold);
        doc.put("algorithm", algorithm.code());
        doc.put("lists", ScreenReport.ListRef.of(coverage.used()));
        doc.put("coverage", ScreenReport.CoverageView.of(coverage));
        doc.put("warnings", coverage.warnings(asOf));
        doc.put("results", results);
        ctx.json(doc);
    }

    private void entity(Context ctx) {
        ctx.json(history(ctx.pathParam("entity_id")).entity());
    }

    private void history(Context ctx) {
        ctx.json(history(ctx.pathParam("entity_id")));
    }

    private EntityHistory history(String id) {
        return EntityHistory.of(context.store(), id).orElseThrow(() ->
                new NotFoundResponse("no entity " + id + " in any stored version"));
    }

    private void goods(Context ctx) {
        JsonNode body = Json.body(ctx);
        String description = Json.text(body, "description");
        String cas = Json.text(body, "cas");
        String hs = Json.text(body, "hs");
        String smiles = Json.text(body, "smiles");
        String inchi = Json.text(body, "inchi");
        Molecule molecule;
        try {
            molecule = Molecule.ofOne(smiles, inchi, Json.text(body, "molfile"));
        } catch (StructureException e) {
            throw new BadRequest((smiles != null ? "smiles" : inchi != null ? "inchi" : "molfile") + ": " + e.getMessage());
        }
        if (description == null && cas == null && hs == null && molecule == null) {
            throw new BadRequest("give description, cas, hs, smiles, inchi or molfile");
        }
        ctx.json(context.goods().screen(new GoodsQuery(description, cas, hs, molecule,
                Params.date(Json.text(body, "as_of"), "as_of"))));
    }

    private static Algorithm algorithm(@Nullable String code) {
        return code == null ? Algorithm.TRADESCREEN : Algorithm.of(code);
    }

}
