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
import java.util.function.Consumer;
import org.tradescreen.lists.format.ListFormat;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.lists.format.Problem;
import org.tradescreen.lists.history.ListDiff;
import org.tradescreen.lists.snapshot.EncodedEntity;
import org.tradescreen.lists.snapshot.ContentHash;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.lists.snapshot.SnapshotVersion;
import org.tradescreen.lists.snapshot.VersionWriter;
import org.tradescreen.model.Entity;

/**
 * Turns list files into a stored version: parse, apply a delta to the version before it, check that the
 * result is sane, and store it, visible to readers only once whole. Identical content makes no new version. A
 * result with no entities, or with more than {@link #MAX_DROP} fewer than the version it would follow, is
 * refused unless forced: an empty or cut-off download must never delist everyone.
 *
 * <p>Two ways through. A format that {@link ListFormat#streams streams} (FtM, whose files run to millions of
 * entities) hands its entities on as it reads them; they are encoded and written {@link #CHUNK} at a time under an
 * incomplete version ({@link VersionWriter}), and the checks and the content hash run on what the store then holds,
 * so memory does not grow with the file. Other formats, and deltas, are read whole and checked before anything is
 * written, so that the usual unchanged download writes nothing.
 */
public final class ListLoader {

    /** The largest share of entities a new version may lose without {@code --force}. */
    public static final double MAX_DROP = 0.30;
    /** Heap needed per byte of list file: the raw bytes, the decoded text, the entities and their JSON. */
    private static final long HEAP_PER_BYTE = 6;
    /** Entities written per transaction when streaming: large enough for batched inserts, small in the heap. */
    static final int CHUNK = 10_000;

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
        List<Path> files = new ArrayList<>();
        for (Path p : request.paths()) {
            for (Path file : format.inputFiles(p)) {
                requireFileOrFolder(file);
                bytes += Files.size(file);
                files.add(file);
            }
        }
        String source = request.source() != null ? request.source() : format.defaultSource();
        ParseOptions options = new ParseOptions(source, request.lenient());
        List<ParsedList> lists = new ArrayList<>();
        if (format.streams()) {
            try (VersionWriter writer = store.begin(source, format.name())) {
                Chunks chunks = new Chunks(writer, request.lenient());
                for (Path path : request.paths()) {
                    lists.add(format.stream(path, options, chunks));
                }
                chunks.flush();
                if (lists.stream().noneMatch(ParsedList::delta)) {
                    return streamed(request, format, source, files, lists, chunks.problems, writer);
                }
                if (writer.count() > 0 || !lists.stream().allMatch(ParsedList::delta)) {
                    throw new LoadRefusedException("refused: a delta is applied to a stored version, not loaded"
                            + " together with full list files; load the full file first, then the delta");
                }
            }
        } else {
            // Such lists are read whole, and parsing takes several times a file's size: refuse what cannot fit, with a
            // way out.
            long heap = Runtime.getRuntime().maxMemory();
            if (bytes > heap / HEAP_PER_BYTE) {
                throw new ListFormatException(request.paths().get(0), 0, null, (bytes >> 20) + " MB to read, more"
                        + " than a load can take in this Java heap of " + (heap >> 20) + " MB (1/" + HEAP_PER_BYTE
                        + " of it); give Java more memory, e.g. TRADESCREEN_JAVA_OPTS=-Xmx8g");
            }
            for (Path path : request.paths()) {
                lists.add(format.parse(path, options));
            }
        }
        return whole(request, format, source, files, lists);
    }

    /**
     * A streamed full list, already written: the checks run on what the store holds, and a refused or identical
     * load leaves nothing (closing the writer removes it).
     */
    private LoadResult streamed(LoadRequest request, ListFormat format, String source, List<Path> files,
                                List<ParsedList> lists, List<Problem> repeats, VersionWriter writer) {
        List<Problem> problems = problems(lists, repeats);
        LocalDate published = published(request, lists);
        Optional<SnapshotVersion> previous = store.asOf(source, published);
        checkSane(source, writer.count(), previous, request.force());
        String contentHash = writer.contentHash();
        Optional<SnapshotVersion> same = identical(source, published, contentHash, previous);
        if (same.isPresent()) {
            return unchanged(same.get(), format, problems);
        }
        return stored(writer, files, published, contentHash, previous, format, problems);
    }

    /** Lists read whole, and deltas: checked before anything is written, so that identical content writes nothing. */
    private LoadResult whole(LoadRequest request, ListFormat format, String source, List<Path> files,
                             List<ParsedList> lists) {
        List<Entity> parsed = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        List<Problem> problems = problems(lists, List.of());
        boolean delta = false;
        for (ParsedList list : lists) {
            parsed.addAll(list.entities());
            deleted.addAll(list.deletedSourceIds());
            delta |= list.delta();
        }
        LocalDate published = published(request, lists);
        Optional<SnapshotVersion> previous = store.asOf(source, published);
        Map<String, Entity> entities = delta
                ? applyDelta(source, previous, parsed, deleted, problems)
                : unique(parsed, request.lenient(), problems);
        checkSane(source, entities.size(), previous, request.force());

        List<EncodedEntity> encoded = entities.values().parallelStream().map(EncodedEntity::of).toList();
        String contentHash = ContentHash.of(encoded);
        Optional<SnapshotVersion> same = identical(source, published, contentHash, previous);
        if (same.isPresent()) {
            return unchanged(same.get(), format, problems);
        }
        try (VersionWriter writer = store.begin(source, format.name())) {
            for (int i = 0; i < encoded.size(); i += CHUNK) {
                writer.append(encoded.subList(i, Math.min(encoded.size(), i + CHUNK)));
            }
            return stored(writer, files, published, contentHash, previous, format, problems);
        }
    }

    private LoadResult stored(VersionWriter writer, List<Path> files, LocalDate published, String contentHash,
                              Optional<SnapshotVersion> previous, ListFormat format, List<Problem> problems) {
        writer.files(files);
        SnapshotVersion v = writer.complete(published, contentHash);
        ListDiff.Counts diff = ListDiff.count(store, previous.orElse(null), v);
        return new LoadResult(v.source(), v.version(), v.published(), v.entityCount(), diff.added(), diff.removed(),
                diff.changed(), true, format.name(), problems);
    }

    private static LoadResult unchanged(SnapshotVersion v, ListFormat format, List<Problem> problems) {
        return new LoadResult(v.source(), v.version(), v.published(), v.entityCount(), 0, 0, 0, false, format.name(),
                problems);
    }

    /** The lists' problems, then those of repeated ids. */
    private static List<Problem> problems(List<ParsedList> lists, List<Problem> repeats) {
        List<Problem> problems = new ArrayList<>();
        lists.forEach(l -> problems.addAll(l.problems()));
        problems.addAll(repeats);
        return problems;
    }

    /** The date given, else the one the first list states, else the one in the first file name, else today. */
    private LocalDate published(LoadRequest request, List<ParsedList> lists) {
        if (request.published() != null) {
            return request.published();
        }
        return lists.stream().map(ParsedList::statedPublished).flatMap(Optional::stream).findFirst()
                .or(() -> PublishedDate.fromFileName(request.paths().get(0)))
                .orElse(LocalDate.now(clock));
    }

    /** Streamed entities on their way to the writer, encoded on all cores and written {@link #CHUNK} at a time. */
    private static final class Chunks implements Consumer<Entity> {
        private final VersionWriter writer;
        private final boolean lenient;
        private final List<Entity> pending = new ArrayList<>(CHUNK);
        final List<Problem> problems = new ArrayList<>();

        Chunks(VersionWriter writer, boolean lenient) {
            this.writer = writer;
            this.lenient = lenient;
        }

        @Override
        public void accept(Entity e) {
            pending.add(e);
            if (pending.size() == CHUNK) {
                flush();
            }
        }

        void flush() {
            List<EncodedEntity> encoded = pending.parallelStream().map(EncodedEntity::of).toList();
            pending.clear();
            for (VersionWriter.Repeat r : writer.append(encoded)) {
                repeated(r.entity().entity(), r.earlierName(), r.earlierHash().equals(r.entity().recordHash()),
                        lenient, problems);
            }
        }
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
            if (earlier != null) {
                repeated(e, earlier.primaryName(), earlier.equals(e), lenient, problems);
            }
        }
        return out;
    }

    /** A repeated id: the repeat is dropped and reported when identical; else the load fails, or under lenient keeps the first. */
    private static void repeated(Entity e, String earlierName, boolean identical, boolean lenient,
                                 List<Problem> problems) {
        if (identical) {
            problems.add(new Problem(e.source(), 0, "id", "dropped a repeated identical entry " + e.id()));
            return;
        }
        String message = "two different entries share the id " + e.id() + " (\"" + earlierName
                + "\" and \"" + e.primaryName() + "\")";
        if (!lenient) {
            throw new LoadRefusedException(message + "; fix the file or load with --lenient to keep the first");
        }
        problems.add(new Problem(e.source(), 0, "id", message + "; kept the first"));
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
}
