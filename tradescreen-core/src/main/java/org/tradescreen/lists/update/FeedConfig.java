package org.tradescreen.lists.update;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The feeds {@code lists update} fetches: the official public URLs shipped in {@code feeds.json}
 * beside this class, or the user's own {@code feeds.json} in the data directory, which replaces them
 * (to use a mirror, or to add sources).
 */
public final class FeedConfig {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedConfig() {
    }

    public static List<Feed> load(Path dataDir) throws IOException {
        Path own = dataDir.resolve("feeds.json");
        if (Files.exists(own)) {
            try (InputStream in = Files.newInputStream(own)) {
                return parse(in, own.toString());
            }
        }
        try (InputStream in = FeedConfig.class.getResourceAsStream("feeds.json")) {
            return parse(in, "built-in feeds.json");
        }
    }

    static List<Feed> parse(InputStream in, String where) throws IOException {
        JsonNode root = JSON.readTree(in);
        List<Feed> feeds = new ArrayList<>();
        int i = 0;
        for (JsonNode f : root.path("feeds")) {
            i++;
            List<Feed.FeedFile> files = new ArrayList<>();
            for (JsonNode file : f.path("files")) {
                files.add(new Feed.FeedFile(required(file, "url", where, i), required(file, "file", where, i)));
            }
            feeds.add(new Feed(required(f, "source", where, i), required(f, "format", where, i), files));
        }
        return feeds;
    }

    private static String required(JsonNode n, String field, String where, int index) {
        String v = n.path(field).asText("");
        if (v.isBlank()) {
            throw new IllegalArgumentException(where + ": feed " + index + ": field " + field + " is missing");
        }
        return v;
    }

    /**
     * The feeds of {@code sources} (empty: all of them), in their configured order.
     *
     * @throws IllegalArgumentException naming a source that has no feed, and the sources that have one: a caller's
     *                                  mistake, refused before anything is fetched
     */
    public static List<Feed> select(List<Feed> feeds, java.util.Collection<String> sources) {
        List<String> known = feeds.stream().map(Feed::source).toList();
        for (String s : sources) {
            if (!known.contains(s)) {
                throw new IllegalArgumentException("source: no feed for '" + s + "'; known: " + known);
            }
        }
        return feeds.stream().filter(f -> sources.isEmpty() || sources.contains(f.source())).toList();
    }
}
