package org.tradescreen.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.tradescreen.io.Sha256;
import org.tradescreen.lists.snapshot.SnapshotVersion;
import org.tradescreen.match.index.IndexFile;
import org.tradescreen.match.index.KeptFile;
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.match.normalize.NameAnalyzer;

/**
 * Compiled indexes kept beside the store, one {@link IndexFile} per set of list versions, so that a command, or a
 * server starting, reads the index of the lists instead of compiling it again. A file is named by a hash of the versions
 * it holds (their ids and content hashes), so another store's versions never find it, and is checked as it is read
 * (the analyser that read the names, a SHA-256 of the content): a damaged, stale or unreadable file is compiled again
 * and replaced, never trusted. The {@link #KEPT} most recently used are kept.
 */
public final class CompiledIndexes {

    static final int KEPT = 8;
    private static final String SUFFIX = ".tsix";

    private final @Nullable Path dir;

    private CompiledIndexes(@Nullable Path dir) {
        this.dir = dir;
    }

    /** Indexes kept in {@code dir} (created when first written). */
    public static CompiledIndexes in(Path dir) {
        return new CompiledIndexes(dir);
    }

    /** No directory: every index is compiled (tests, and stores that are not the user's). */
    public static CompiledIndexes none() {
        return new CompiledIndexes(null);
    }

    /**
     * The index of these versions: read from its file when there is a sound one, else {@code compiled} and written for
     * the next time. Failing to write (a full disk, a read-only directory) costs only the next command's time.
     */
    public ScreeningIndex get(List<SnapshotVersion> versions, NameAnalyzer analyzer, Supplier<ScreeningIndex> compile) {
        if (dir == null) {
            return compile.get();
        }
        Path file = dir.resolve(name(versions));
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                ScreeningIndex read = IndexFile.read(in, analyzer);
                Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
                return read;
            } catch (IOException | RuntimeException e) {
                // damaged, cut, or from another analyser: compiled again below, and replaced
            }
        }
        ScreeningIndex index = compile.get();
        try {
            KeptFile.write(file, out -> IndexFile.write(index, out));
            prune();
        } catch (IOException | UncheckedIOException e) {
            // the index is whole in memory; only the next start pays for the compile
        }
        return index;
    }

    /** The file of a set of versions: a hash of each version's id and content. */
    static String name(List<SnapshotVersion> versions) {
        StringBuilder key = new StringBuilder();
        versions.stream().sorted(java.util.Comparator.comparingLong(SnapshotVersion::id))
                .forEach(v -> key.append(v.id()).append(':').append(v.contentHash()).append('\n'));
        return HexFormat.of().formatHex(Sha256.of(key.toString()), 0, 16) + SUFFIX;
    }

    /** Keeps the most recently used files. */
    private void prune() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> kept = files.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .sorted((a, b) -> modified(b).compareTo(modified(a))).toList();
            for (Path old : kept.subList(Math.min(KEPT, kept.size()), kept.size())) {
                Files.deleteIfExists(old);
            }
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
