package org.tradescreen.server.api;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.tradescreen.lists.load.LoadRequest;
import org.tradescreen.server.lists.ListRefresher;
import org.tradescreen.server.openapi.ApiRoutes;
import org.tradescreen.server.openapi.ApiRoutes.Param;

/**
 * Admin endpoints, each behind the admin API key: fetch the feeds now, load an uploaded snapshot, and the
 * status of the last update. A new version is compiled aside and swapped in whole; queries in flight finish
 * on the old index.
 */
public final class AdminApi {

    private final ListRefresher refresher;
    private final ApiKeys adminKeys;

    public AdminApi(ListRefresher refresher, ApiKeys adminKeys) {
        this.refresher = refresher;
        this.adminKeys = adminKeys;
    }

    public void register(ApiRoutes api) {
        api.post("/api/v1/admin/update", "admin", "Fetch the official lists (or DATA_DIR/feeds.json) now and swap the index",
                List.of(Param.query("source", "string", "Only these sources (comma-separated or repeated)")),
                null, null, true, ctx -> {
                    adminKeys.require(ctx, "list update");
                    ctx.json(refresher.updateFeeds(new LinkedHashSet<>(Params.list(ctx, "source", "sources")), "admin"));
                });
        api.post("/api/v1/admin/lists/{source}", "admin",
                "Load one snapshot of a source: the file as the body, or the files of a set as multipart/form-data",
                List.of(Param.path("source", "Source id to store it under, e.g. us-ofac-sdn"),
                        Param.query("filename", "string", "The file's name when sent as the body (detects the format)"),
                        Param.query("format", "string", "List format (default: detected)"),
                        Param.query("published", "string", "YYYY-MM-DD (default: stated in the file, else today)"),
                        Param.query("force", "boolean", "Store even an empty list or one far smaller than the last")),
                "sdn.csv contents…", "application/octet-stream", true, this::load);
        api.get("/api/v1/admin/status", "admin", "The outcome of the last list update", List.of(), true, ctx -> {
            adminKeys.require(ctx, "admin status");
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("last_update", refresher.last().orElse(null));
            doc.put("failed_updates", refresher.failures());
            ctx.json(doc);
        });
    }

    private void load(Context ctx) throws IOException {
        adminKeys.require(ctx, "list upload");
        Path dir = Files.createTempDirectory("tradescreen-upload");
        try {
            List<Path> files = new ArrayList<>();
            if (ctx.isMultipartFormData()) {
                for (UploadedFile f : ctx.uploadedFiles()) {
                    files.add(save(dir, f.filename(), f.content()));
                }
            } else {
                String name = Params.text(ctx, "filename");
                files.add(save(dir, name != null ? name : "upload", ctx.bodyInputStream()));
            }
            if (files.isEmpty() || files.stream().allMatch(AdminApi::empty)) {
                throw new BadRequest("the upload holds no file: send the list file as the body or as multipart parts");
            }
            LoadRequest request = new LoadRequest(files, Params.text(ctx, "format"), ctx.pathParam("source"),
                    Params.date(ctx, "published"), Params.flag(ctx, "force"), false);
            ctx.json(refresher.load(request, "upload"));
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Saves one part under its own base name only, so a name like "../x" cannot leave the folder. */
    private static Path save(Path dir, String name, InputStream content) throws IOException {
        String base = name == null ? "" : Path.of(name.replace('\\', '/')).getFileName().toString();
        if (base.isBlank() || base.equals("..") || base.equals(".")) {
            throw new BadRequest("filename: '" + name + "' is not a file name");
        }
        Path target = dir.resolve(base);
        try (InputStream in = content) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static boolean empty(Path p) {
        try {
            return Files.size(p) == 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
