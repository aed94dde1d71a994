package org.tradescreen.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.tradescreen.io.Sha256;
import org.tradescreen.lists.snapshot.SnapshotVersion;
import org.tradescreen.match.index.IndexDamagedException;
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.match.normalize.NameAnalyzer;

/**
 * Compiled indexes kept beside the store, one index file per set of list versions, so that a command, or a server
 * starting, maps the index of the lists instead of compiling it again. A file is named by a hash of the versions it
 * holds and stamped with them (their ids and content hashes), so another store's versions never find it; it is
 * checked as it is opened (the stamp, the analyser that read the names, a CRC-32C of the content): a damaged, stale
 * or unreadable file is compiled again and replaced, never trusted. The {@link #KEPT} most recently used are kept.
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

    /** No directory: every index is compiled, in a temporary file (tests, and stores that are not the user's). */
    public static CompiledIndexes none() {
        return new CompiledIndexes(null);
    }

    /**
     * The index of these versions: mapped from its file when there is a sound one, else compiled from {@code entities}
     * into a new file, which the next command maps.
     */
    public ScreeningIndex get(List<SnapshotVersion> versions, NameAnalyzer analyzer, ScreeningIndex.Batches entities) {
        String stamp = stamp(versions);
        if (dir == null) {
            return ScreeningIndex.temporary(stamp, analyzer, entities);
        }
        Path file = dir.resolve(name(versions));
        if (Files.isRegularFile(file)) {
            try {
                ScreeningIndex kept = ScreeningIndex.open(file, analyzer, stamp);
                Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
                return kept;
            } catch (IndexDamagedException | IOException e) {
                // damaged, cut, stale, or from another analyser: compiled again below, and replaced
            }
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try {
                ScreeningIndex index = ScreeningIndex.build(tmp, stamp, analyzer, entities);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                prune();
                return index;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | UncheckedIOException e) {
            // the data directory cannot take it (a full disk, a read-only directory): screening must not stop for
            // that, so the index is compiled in the temporary directory, and the next command compiles it again
            return ScreeningIndex.temporary(stamp, analyzer, entities);
        }
    }

    /** What an index of these versions is stamped with: each version's id and content hash. */
    static String stamp(List<SnapshotVersion> versions) {
        StringBuilder key = new StringBuilder();
        versions.stream().sorted(java.util.Comparator.comparingLong(SnapshotVersion::id))
                .forEach(v -> key.append(v.id()).append(':').append(v.contentHash()).append('\n'));
        return key.toString();
    }

    /** The file of a set of versions: a hash of their stamp. */
    static String name(List<SnapshotVersion> versions) {
        return HexFormat.of().formatHex(Sha256.of(stamp(versions)), 0, 16) + SUFFIX;
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
