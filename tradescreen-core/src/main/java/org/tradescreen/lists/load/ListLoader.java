package org.tradescreen.lists.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tradescreen.lists.format.ListFormat;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.lists.format.Problem;
import org.tradescreen.lists.history.ListDiff;
import org.tradescreen.lists.snapshot.EncodedEntity;
import org.tradescreen.lists.snapshot.EntityCodec;
import org.tradescreen.lists.snapshot.RawFile;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.lists.snapshot.SnapshotVersion;
import org.tradescreen.model.Entity;

/**
 * Turns list files into a stored version: parse, apply a delta to the version before it, check that the
 * result is sane, and store it in one transaction. Identical content makes no new version. A result
 * with no entities, or with more than {@link #MAX_DROP} fewer than the version it would follow, is
 * refused unless forced: an empty or cut-off download must never delist everyone.
 */
public final class ListLoader {

    /** The largest share of entities a new version may lose without {@code --force}. */
    public static final double MAX_DROP = 0.30;
    /** Heap needed per byte of list file: the raw bytes, the decoded text, the entities and their JSON. */
    private static final long HEAP_PER_BYTE = 6;

    private final SnapshotStore store;
    private final Clock clock;

    public ListLoader(SnapshotStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * A pipe, a device or a socket would be read forever or block forever ({@code /dev/zero}, a FIFO nobody
     * writes to): lists are read from regular files and folders only.
     */
    private static void requireFileOrFolder(Path p) {
        if (!Files.isRegularFile(p) && !Files.isDirectory(p)) {
            throw new ListFormatException(p, 0, null, "not a regular file (a pipe, device or socket); lists are read"
                    + " from files and folders");
        }
    }

    public LoadResult load(LoadRequest request) throws IOException {
        for (Path p : request.paths()) {
            if (!Files.exists(p)) {
                throw new ListFormatException(p, 0, null, "no such file or folder");
            }
            requireFileOrFolder(p);
        }
        ListFormat format = request.format() != null ? ListFormats.byName(request.format())
                : ListFormats.detect(request.paths().get(0));
        long bytes = 0;
        for (Path p : request.paths()) {
            for (Path file : format.inputFiles(p)) {
                requireFileOrFolder(file);
                bytes += Files.size(file);
            }
        }
        // Lists are read whole, and parsing takes several times a file's size: refuse what cannot fit, with a way out.
        long heap = Runtime.getRuntime().maxMemory();
        if (bytes > heap / HEAP_PER_BYTE) {
            throw new ListFormatException(request.paths().get(0), 0, null, (bytes >> 20) + " MB to read, more than a"
                    + " load can take in this Java heap of " + (heap >> 20) + " MB (1/" + HEAP_PER_BYTE + " of it); give"
                    + " Java more memory, e.g. TRADESCREEN_JAVA_OPTS=-Xmx8g");
        }
        String source = request.source() != null ? request.source() : format.defaultSource();
        ParseOptions options = new ParseOptions(source, request.lenient());

        List<Entity> parsed = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<RawFile> raw = new ArrayList<>();
        boolean delta = false;
        Optional<LocalDate> stated = Optional.empty();
        for (Path path : request.paths()) {
            ParsedList list = format.parse(path, options);
            parsed.addAll(list.entities());
            deleted.addAll(list.deletedSourceIds());
            problems.addAll(list.problems());
            delta |= list.delta();
            if (stated.isEmpty()) {
                stated = list.statedPublished();
            }
            for (Path file : format.inputFiles(path)) {
                raw.add(new RawFile(file.getFileName().toString(), Files.readAllBytes(file)));
            }
        }
        LocalDate published = request.published() != null ? request.published()
                : stated.or(() -> PublishedDate.fromFileName(request.paths().get(0)))
                        .orElse(LocalDate.now(clock));

        Optional<SnapshotVersion> previous = store.asOf(source, published);
        Map<String, Entity> entities = delta
                ? applyDelta(source, previous, parsed, deleted, problems)
                : unique(parsed, request.lenient(), problems);
        checkSane(source, entities.size(), previous, request.force());

        List<EncodedEntity> encoded = entities.values().parallelStream().map(EncodedEntity::of).toList();
        String contentHash = contentHash(encoded);
        Optional<SnapshotVersion> same = identical(source, published, contentHash, previous);
        if (same.isPresent()) {
            SnapshotVersion v = same.get();
            return new LoadResult(source, v.version(), v.published(), v.entityCount(), 0, 0, 0, false,
                    format.name(), problems);
        }
        SnapshotVersion stored = store.insert(source, published, format.name(), contentHash, encoded, raw);
        ListDiff diff = previous.map(p -> ListDiff.between(store, p, stored)).orElse(ListDiff.first(store, stored));
        return new LoadResult(source, stored.version(), stored.published(), stored.entityCount(), diff.added().size(),
                diff.removed().size(), diff.changed().size(), true, format.name(), problems);
    }

    /**
     * The existing version this content already is: the one it would follow (nothing changed), or the
     * one after it, which then moves back to this earlier published date (the content was already in
     * force then).
     */
    private Optional<SnapshotVersion> identical(String source, LocalDate published, String hash,
                                                Optional<SnapshotVersion> previous) {
        if (previous.isPresent() && previous.get().contentHash().equals(hash)) {
            return previous;
        }
        Optional<SnapshotVersion> next = store.versions(source).stream()
                .filter(v -> v.published().isAfter(published)).findFirst();
        if (next.isPresent() && next.get().contentHash().equals(hash)) {
            store.movePublished(next.get().id(), published);
            return store.version(source, next.get().version());
        }
        return Optional.empty();
    }

    private Map<String, Entity> applyDelta(String source, Optional<SnapshotVersion> base, List<Entity> upserts,
                                           List<String> deletes, List<Problem> problems) {
        if (base.isEmpty()) {
            throw new LoadRefusedException("a delta file needs an earlier full version of " + source
                    + " to apply to, and there is none published on or before its date");
        }
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (Entity e : store.entities(base.get().id())) {
            entities.put(e.sourceId(), e);
        }
        for (Entity e : upserts) {
            entities.put(e.sourceId(), e);
        }
        for (String id : deletes) {
            if (entities.remove(id) == null) {
                problems.add(new Problem(source, 0, "id", "delta deletes " + id + ", which version "
                        + base.get().version() + " does not hold"));
            }
        }
        return entities;
    }

    /**
     * Entities by source id. A repeated identical entry is dropped and reported; two different entries
     * under one id make the file ambiguous, which fails (or, lenient, keeps the first).
     */
    private static Map<String, Entity> unique(List<Entity> parsed, boolean lenient, List<Problem> problems) {
        Map<String, Entity> out = new LinkedHashMap<>();
        for (Entity e : parsed) {
            Entity earlier = out.putIfAbsent(e.sourceId(), e);
            if (earlier == null) {
                continue;
            }
            if (earlier.equals(e)) {
                problems.add(new Problem(e.source(), 0, "id", "dropped a repeated identical entry " + e.id()));
                continue;
            }
            String message = "two different entries share the id " + e.id() + " (\"" + earlier.primaryName()
                    + "\" and \"" + e.primaryName() + "\")";
            if (!lenient) {
                throw new LoadRefusedException(message + "; fix the file or load with --lenient to keep the first");
            }
            problems.add(new Problem(e.source(), 0, "id", message + "; kept the first"));
        }
        return out;
    }

    private static void checkSane(String source, int count, Optional<SnapshotVersion> previous, boolean force) {
        if (force) {
            return;
        }
        if (count == 0) {
            throw new LoadRefusedException("refused: the file holds no entities of " + source
                    + "; an empty download must not delist everyone (use --force if the list really is empty)");
        }
        if (previous.isPresent()) {
            SnapshotVersion p = previous.get();
            if (count < p.entityCount() * (1 - MAX_DROP)) {
                throw new LoadRefusedException(String.format(
                        "refused: %s would drop from %d entities (version %d, published %s) to %d, more than %d%%;"
                                + " a broken download must not delist everyone (use --force if the list really shrank)",
                        source, p.entityCount(), p.version(), p.published(), count, Math.round(MAX_DROP * 100)));
            }
        }
    }

    /** A hash of the whole entity set, independent of entry order. */
    private static String contentHash(List<EncodedEntity> entities) {
        StringBuilder sb = new StringBuilder();
        entities.stream()
                .map(e -> e.entity().sourceId() + "\t" + e.recordHash())
                .sorted()
                .forEach(line -> sb.append(line).append('\n'));
        return EntityCodec.sha256(sb.toString());
    }
}
