package org.tradescreen.server.api;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.load.LoadRefusedException;
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

    private static final int MAX_NAME_BYTES = 200;

    private final ListRefresher refresher;
    private final ApiKeys adminKeys;
    private final long maxBytes;

    public AdminApi(ListRefresher refresher, ApiKeys adminKeys, long maxBytes) {
        this.refresher = refresher;
        this.adminKeys = adminKeys;
        this.maxBytes = maxBytes;
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
                    files.add(save(dir, f.filename(), f.content(), files));
                }
            } else {
                String name = Params.text(ctx, "filename");
                // A streamed body escapes Javalin's body limit: enforce it while copying.
                if (ctx.contentLength() > maxBytes) {
                    throw new HttpResponseException(413, "the upload is larger than " + maxBytes + " bytes");
                }
                files.add(save(dir, name != null ? name : "upload", ctx.bodyInputStream(), files));
            }
            if (files.isEmpty() || files.stream().allMatch(AdminApi::empty)) {
                throw new BadRequest("the upload holds no file: send the list file as the body or as multipart parts");
            }
            // The parts of a set (sdn.csv, add.csv…) are read together as a folder, as `lists load DIR` reads them.
            LoadRequest request = new LoadRequest(files.size() > 1 ? List.of(dir) : files, Params.text(ctx, "format"),
                    ctx.pathParam("source"), Params.date(ctx, "published"), Params.flag(ctx, "force"), false);
            try {
                ctx.json(refresher.load(request, "upload", message -> withoutScratchFolder(message, dir)));
            } catch (ListFormatException e) {
                throw new BadRequest(withoutScratchFolder(e.getMessage(), dir));
            } catch (LoadRefusedException e) {
                throw new LoadRefusedException(withoutScratchFolder(e.getMessage(), dir));
            }
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Messages name the uploaded files as the client named them, not the server's scratch folder. */
    private static String withoutScratchFolder(String message, Path dir) {
        return message.replace(dir + "/", "").replace(dir.toString(), "the upload");
    }

    /**
     * Saves one part under its own base name only, so a name like "../x" cannot leave the folder, and at most
     * {@code maxBytes} of it; two parts may not share a name.
     */
    private Path save(Path dir, String name, InputStream content, List<Path> saved) throws IOException {
        Path given = name == null || name.isBlank() ? null : Path.of(name.replace('\\', '/')).getFileName();
        String base = given == null ? "" : given.toString();
        if (base.isBlank() || base.equals("..") || base.equals(".")) {
            throw new BadRequest("filename: '" + name + "' is not a file name");
        }
        // File systems stop at 255 bytes a name; the store keeps 500 characters.
        if (base.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw new BadRequest("filename: " + base.length() + " characters; at most " + MAX_NAME_BYTES + " bytes");
        }
        Path target = dir.resolve(base);
        if (saved.contains(target)) {
            throw new BadRequest("filename: two parts are named '" + base + "'");
        }
        try (InputStream in = content; OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new HttpResponseException(413, "the upload is larger than " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
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
