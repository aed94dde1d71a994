package org.tradescreen.server.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.tradescreen.match.Algorithm;
import org.tradescreen.match.Coverage;
import org.tradescreen.match.Hit;
import org.tradescreen.match.ListsAsOf;
import org.tradescreen.match.Query;
import org.tradescreen.match.QueryFields;
import org.tradescreen.match.score.Tuning;
import org.tradescreen.report.CsvCells;
import org.tradescreen.report.ScreenReport.ListRef;
import org.tradescreen.server.api.BadRequest;
import org.tradescreen.server.api.Params;
import org.tradescreen.server.http.WorkLimits;
import org.tradescreen.server.lists.LiveLists;

/**
 * {@code GET /batch} shows the upload form; {@code POST /batch} screens every row of an uploaded CSV as of a
 * date, as {@code POST /api/v1/screen} screens a batch, and shows a summary and the results with a link to
 * download them as CSV ({@code GET /batch/{token}.csv}). A row that cannot be read (an unknown country, a
 * malformed birth date) gets its error in the results and the batch goes on; a file that cannot be read, or
 * that has more rows than the server's batch limit, is refused whole.
 */
public final class BatchPage {

    /** Most hits kept per row. */
    static final int HITS_PER_ROW = 10;
    /** Result files kept for download. */
    static final int KEPT_DOWNLOADS = 16;

    /** The outcome of one row: its hits, or the error that kept it from being screened. */
    public record RowResult(int row, String id, @Nullable String name, List<HitView> hits, @Nullable String error) {
    }

    /** How the rows came out. */
    public record Summary(int rows, int withHits, int withoutHits, int errors) {
    }

    /** A screened batch and the token of its CSV; {@code warnings} name the lists that had no version in force. */
    public record Outcome(String filename, @Nullable LocalDate asOf, double threshold, List<ListRef> versions,
                          List<String> warnings, Summary summary, List<RowResult> rows, List<String> ignoredColumns,
                          String download) {
    }

    /** The view of {@code batch.jte}; {@code outcome} is null on the empty form or after an error. */
    public record View(int maxBatch, List<String> columns, String asOf, @Nullable String error, @Nullable Outcome outcome) {
    }

    private final LiveLists live;
    private final int maxBatch;
    private final WorkLimits work;
    private final Templates templates;
    private final Downloads<Downloads.File> downloads = new Downloads<>(KEPT_DOWNLOADS);

    BatchPage(LiveLists live, int maxBatch, WorkLimits work, Templates templates) {
        this.live = live;
        this.maxBatch = maxBatch;
        this.work = work;
        this.templates = templates;
    }

    void form(Context ctx) {
        templates.page(ctx, 200, "batch.jte", new View(maxBatch, BatchFile.COLUMNS, "", null, null));
    }

    void screen(Context ctx) {
        String asOfText = Forms.body(ctx, "as_of");
        Outcome outcome = null;
        String error = null;
        try {
            LocalDate asOf = Params.date(asOfText.isEmpty() ? null : asOfText, "as_of");
            UploadedFile file = ctx.uploadedFile("file");
            if (file == null || file.size() == 0) {
                throw new BadRequest("file: choose a CSV file whose header row has a 'name' column");
            }
            BatchFile.Parsed parsed;
            try (InputStreamReader reader = new InputStreamReader(file.content(), StandardCharsets.UTF_8)) {
                parsed = BatchFile.read(reader, maxBatch);
            }
            try (WorkLimits.Work w = work.start(ctx)) {
                outcome = screen(file.filename(), parsed, asOf, w);
            }
        } catch (BadRequest | IllegalArgumentException e) {
            error = e.getMessage();
        } catch (IOException e) {
            error = "file: cannot read the upload: " + e.getMessage();
        }
        templates.pageOrFragment(ctx, error == null ? 200 : 400, "batch.jte", "batchResults.jte",
                new View(maxBatch, BatchFile.COLUMNS, asOfText, error, outcome));
    }

    void download(Context ctx) {
        Downloads.File file = downloads.get(ctx.pathParam("token")).orElse(null);
        if (file == null) {
            templates.message(ctx, 404, "Download expired",
                    "Only the results of the last " + KEPT_DOWNLOADS + " batches are kept, and not across restarts. "
                            + "Screen the file again to download its results.");
            return;
        }
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"")
                .result(file.text());
    }

    private Outcome screen(String filename, BatchFile.Parsed parsed, @Nullable LocalDate asOf, WorkLimits.Work w) {
        double threshold = Tuning.DEFAULT_THRESHOLD;
        ListsAsOf.View view = live.at(asOf);
        List<RowResult> results = new ArrayList<>();
        for (BatchFile.Row row : parsed.rows()) {
            w.check(results.size(), parsed.rows().size());
            String id = row.get("id") != null ? row.get("id") : String.valueOf(row.number());
            String name = row.get("name");
            try {
                Query q = QueryFields.query("", name, row.get("type"), row.get("country"), row.get("dob"),
                        row.get("identifier") == null ? List.of() : List.of(row.get("identifier")), Set.of());
                List<HitView> hits = view.screener().screen(q, threshold, HITS_PER_ROW, Algorithm.TRADESCREEN).stream()
                        .map(HitView::of).toList();
                results.add(new RowResult(row.number(), id, name, hits, null));
            } catch (IllegalArgumentException e) {
                results.add(new RowResult(row.number(), id, name == null ? "" : name, List.of(), e.getMessage()));
            }
        }
        Coverage coverage = view.coverage(Set.of());
        List<ListRef> versions = ListRef.of(coverage.used());
        int errors = (int) results.stream().filter(r -> r.error() != null).count();
        int withHits = (int) results.stream().filter(r -> !r.hits().isEmpty()).count();
        Summary summary = new Summary(results.size(), withHits, results.size() - withHits - errors, errors);
        String token = downloads.put(new Downloads.File(downloadName(filename), csv(results, asOf, coverage)));
        return new Outcome(filename, asOf, threshold, versions, coverage.warnings(asOf), summary, results,
                parsed.ignoredColumns(), "/batch/" + token + ".csv");
    }

    static final List<String> CSV_HEADER = List.of("row", "id", "name", "outcome", "score", "entity_id", "listed_name",
            "matched_name", "list", "listed_on", "list_version", "as_of", "error");

    /**
     * The results as CSV, one line per hit and one per row without hits, each with the list version it was
     * screened against, so the file alone shows what the lists said when the decision was made. When a list had
     * no version in force, a row without hits says "no hit, not clear" and names the lists it lacked: the file
     * must never record a clear result that was not.
     */
    static String csv(List<RowResult> rows, @Nullable LocalDate asOf, Coverage coverage) {
        Map<String, ListRef> bySource = ListRef.of(coverage.used()).stream()
                .collect(Collectors.toMap(ListRef::source, Function.identity()));
        String noHit = coverage.complete() ? "no hit" : "no hit, not clear";
        String lacking = coverage.complete() ? "" : "no version in force of: " + coverage.missing().stream()
                .map(Coverage.Gap::source).collect(Collectors.joining(", "));
        String day = asOf == null ? "newest" : asOf.toString();
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(CSV_HEADER.toArray(String[]::new)).get())) {
            for (RowResult r : rows) {
                if (r.error() != null) {
                    printer.printRecord(r.row(), CsvCells.safe(r.id()), CsvCells.safe(r.name()), "error", "", "", "", "", "", "", "", day,
                            CsvCells.safe(r.error()));
                } else if (r.hits().isEmpty()) {
                    printer.printRecord(r.row(), CsvCells.safe(r.id()), CsvCells.safe(r.name()), noHit, "", "", "", "", "", "", lacking,
                            day, "");
                }
                for (HitView hv : r.hits()) {
                    Hit h = hv.hit();
                    ListRef v = bySource.get(h.source());
                    printer.printRecord(r.row(), CsvCells.safe(r.id()), CsvCells.safe(r.name()), "hit", h.score(), h.entityId(),
                            CsvCells.safe(h.name()), CsvCells.safe(h.matchedName()), CsvCells.safe(h.list()),
                            h.listedOn() == null ? "" : h.listedOn(),
                            v == null ? "" : v.source() + " version " + v.version() + " published " + v.published(),
                            day, "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The download's file name, from the upload's, reduced to characters safe in a header. */
    static String downloadName(String uploaded) {
        String base = uploaded == null ? "" : uploaded.replaceAll("(?i)\\.csv$", "").replaceAll("[^A-Za-z0-9._-]", "_");
        return (base.isEmpty() ? "batch" : base) + "-screened.csv";
    }
}
