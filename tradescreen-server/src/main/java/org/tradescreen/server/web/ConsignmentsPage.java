package org.tradescreen.server.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tradescreen.consign.manifest.Manifest;
import org.tradescreen.consign.policy.Decision;
import org.tradescreen.consign.screen.ConsignmentBatch;
import org.tradescreen.consign.screen.ConsignmentJson;
import org.tradescreen.consign.screen.ConsignmentResult;
import org.tradescreen.consign.screen.ConsignmentScreener;
import org.tradescreen.server.context.ServerContext;
import org.tradescreen.server.api.BadRequest;
import org.tradescreen.server.api.Params;
import org.tradescreen.server.http.WorkLimits;

/**
 * {@code /consignments}: upload a manifest (JSON lines or CSV), see every consignment's decision with its reasons,
 * filter by HOLD or REVIEW, open one consignment, and download the results. A run is kept in memory under an
 * unguessable token, the newest {@value #KEPT_RUNS} of them, so that its links work right after the upload.
 */
public final class ConsignmentsPage {

    static final int KEPT_RUNS = 16;

    /** One screened manifest. */
    public record Run(String filename, @Nullable LocalDate asOf, ConsignmentBatch.Summary summary, List<ConsignmentResult> results,
                      String policy) {
    }

    /** The view of {@code consignments.jte}: the form, and a run (null before an upload) filtered by decision. */
    public record View(int maxBatch, String asOf, @Nullable String error, @Nullable String token, @Nullable Run run, @Nullable String decision,
                       List<Indexed> shown) {
    }

    /** A result with its position in the run, which links to it. */
    public record Indexed(int index, ConsignmentResult result) {
    }

    /** The view of {@code consignment.jte}. */
    public record Detail(String token, Run run, Indexed item) {
    }

    private final ServerContext context;
    private final int maxBatch;
    private final WorkLimits work;
    private final Templates templates;
    private final Downloads<Run> runs = new Downloads<>(KEPT_RUNS);

    ConsignmentsPage(ServerContext context, int maxBatch, WorkLimits work, Templates templates) {
        this.context = context;
        this.maxBatch = maxBatch;
        this.work = work;
        this.templates = templates;
    }

    void form(Context ctx) {
        templates.page(ctx, 200, "consignments.jte", new View(maxBatch, "", null, null, null, null, List.of()));
    }

    void screen(Context ctx) {
        String asOfText = Forms.body(ctx, "as_of");
        try {
            LocalDate asOf = Params.date(asOfText.isEmpty() ? null : asOfText, "as_of");
            UploadedFile file = ctx.uploadedFile("file");
            if (file == null || file.size() == 0) {
                throw new BadRequest("file: choose a manifest: JSON lines, or CSV with one row per goods line");
            }
            Run run = run(ctx, file, asOf);
            String token = runs.put(run);
            templates.pageOrFragment(ctx, 200, "consignments.jte", "consignmentResults.jte",
                    view(token, run, null, asOfText));
        } catch (BadRequest | IllegalArgumentException e) {
            templates.pageOrFragment(ctx, 400, "consignments.jte", "consignmentResults.jte",
                    new View(maxBatch, asOfText, e.getMessage(), null, null, null, List.of()));
        }
    }

    private Run run(Context ctx, UploadedFile file, @Nullable LocalDate asOf) {
        ConsignmentScreener screener = new ConsignmentScreener(context.listsAsOf(), context.goods(),
                context.consignmentPolicy(), Clock.systemUTC());
        List<ConsignmentResult> results = new ArrayList<>();
        ConsignmentBatch.Summary summary;
        try (WorkLimits.Work w = work.start(ctx);
             Manifest manifest = Manifest.open(new InputStreamReader(file.content(), StandardCharsets.UTF_8),
                     file.filename(), Manifest.Format.of(file.filename()))) {
            summary = ConsignmentBatch.run(limited(manifest), screener, asOf, results::add,
                    done -> w.check((int) done, (int) done));
        } catch (java.io.UncheckedIOException e) {
            // A line too long, say: the upload cannot be read as a manifest.
            throw new BadRequest("file: " + e.getCause().getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Run(file.filename(), asOf, summary, results, context.consignmentPolicy().stamp().id() + " "
                + context.consignmentPolicy().stamp().version());
    }

    /** The manifest, refused past the batch limit, so that one upload cannot take the server's afternoon. */
    private java.util.Iterator<org.tradescreen.consign.manifest.ManifestRecord> limited(Manifest m) {
        return new java.util.Iterator<>() {
            private int read;

            @Override
            public boolean hasNext() {
                return m.hasNext();
            }

            @Override
            public org.tradescreen.consign.manifest.@Nullable ManifestRecord next() {
                if (++read > maxBatch) {
                    throw new BadRequest("file: more than " + maxBatch + " consignments; split the manifest");
                }
                return m.next();
            }
        };
    }

    void show(Context ctx) {
        Run run = run(ctx);
        String decision = Params.text(ctx, "decision");
        templates.page(ctx, 200, "consignments.jte", view(ctx.pathParam("token"), run, decision, ""));
    }

    void detail(Context ctx) {
        Run run = run(ctx);
        int index;
        try {
            index = Integer.parseInt(ctx.pathParam("index"));
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (index < 0 || index >= run.results().size()) {
            templates.message(ctx, 404, "No such consignment", "This run has " + run.results().size() + " consignments.");
            return;
        }
        templates.page(ctx, 200, "consignment.jte", new Detail(ctx.pathParam("token"), run,
                new Indexed(index, run.results().get(index))));
    }

    void download(Context ctx) {
        Run run = run(ctx);
        String name = run.filename().replaceAll("(?i)\\.(jsonl|csv|json)$", "").replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.contentType("application/x-ndjson; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + (name.isEmpty() ? "manifest" : name)
                        + "-decisions.jsonl\"")
                .result(run.results().stream().map(ConsignmentJson::line).collect(Collectors.joining("\n", "", "\n")));
    }

    private Run run(Context ctx) {
        return runs.get(ctx.pathParam("token")).orElseThrow(() -> new io.javalin.http.NotFoundResponse(
                "these results are no longer kept: only the last " + KEPT_RUNS + " runs are, and not across restarts;"
                        + " upload the manifest again"));
    }

    private View view(String token, Run run, @Nullable String decision, String asOf) {
        Decision filter = null;
        if (decision != null) {
            try {
                filter = Decision.valueOf(decision.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequest("decision: '" + decision + "' is not CLEAR, REVIEW or HOLD");
            }
        }
        List<Indexed> shown = new ArrayList<>();
        for (int i = 0; i < run.results().size(); i++) {
            ConsignmentResult r = run.results().get(i);
            if (filter == null || r.decision() == filter) {
                shown.add(new Indexed(i, r));
            }
        }
        return new View(maxBatch, asOf, null, token, run, filter == null ? null : filter.name(), shown);
    }
}
