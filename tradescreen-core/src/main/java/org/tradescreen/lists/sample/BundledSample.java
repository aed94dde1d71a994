package org.tradescreen.lists.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.tradescreen.lists.load.ListLoader;
import org.tradescreen.lists.load.LoadRequest;
import org.tradescreen.lists.load.LoadResult;
import org.tradescreen.lists.snapshot.SnapshotStore;

/**
 * The small sample of lists shipped inside tradescreen, written by hand from public facts (see
 * {@code sample/README.md} in the resources), so that a first run works with no network. It tells the
 * story of the Ministry of Public Security's Institute of Forensic Science: Entity List snapshots before
 * its listing on 2020-06-05, while listed, and after its removal on 2023-11-16, beside real look-alikes.
 * {@code manifest.tsv} lists the snapshots in load order: source, format, published date, file.
 */
public final class BundledSample {

    private static final String BASE = "/org/tradescreen/lists/sample/";

    private BundledSample() {
    }

    /** One snapshot of the sample. */
    public record Item(String source, String format, LocalDate published, String file) {
    }

    public static List<Item> manifest() throws IOException {
        List<Item> items = new ArrayList<>();
        try (InputStream in = open("manifest.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                items.add(new Item(f[0], f[1], LocalDate.parse(f[2]), f[3]));
            }
        }
        return items;
    }

    /**
     * Loads the sample when the store holds no list yet, so that a first run works offline, and says so on stderr,
     * since it changes what the data directory holds.
     */
    public static void loadIfEmpty(SnapshotStore store, ListLoader loader, Path dataDir) {
        if (store.sources().isEmpty()) {
            System.err.println("tradescreen: the data directory " + dataDir + " holds no lists yet;"
                    + " loading the bundled sample (load real lists with 'tradescreen lists load' or 'lists update')");
            try {
                loadInto(loader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the bundled sample", e);
            }
        }
    }

    /** Loads every sample snapshot through the ordinary loader, exactly as a user's files would be. */
    public static List<LoadResult> loadInto(ListLoader loader) throws IOException {
        Path dir = Files.createTempDirectory("tradescreen-sample");
        try {
            List<LoadResult> results = new ArrayList<>();
            for (Item item : manifest()) {
                Path file = dir.resolve(item.file());
                try (InputStream in = open(item.file())) {
                    Files.copy(in, file);
                }
                results.add(loader.load(new LoadRequest(List.of(file), item.format(), item.source(),
                        item.published(), false, false)));
            }
            return results;
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = BundledSample.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IOException("bundled sample file missing from the build: " + name);
        }
        return in;
    }
}
