package org.tradescreen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.format.Problem;
import org.tradescreen.lists.load.LoadRequest;
import org.tradescreen.lists.load.LoadResult;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.lists.snapshot.SnapshotVersion;
import org.tradescreen.report.DiffReport;
import org.tradescreen.report.ListsReport;
import org.tradescreen.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code tradescreen lists}: the stored versions of every source, and the commands that change them. */
@Command(name = "lists", mixinStandardHelpOptions = true, description = "Show stored list versions; load, diff, update and export lists.",
        subcommands = {ListsCommand.Load.class, ListsCommand.Diff.class, ListsCommand.Export.class,
                UpdateCommand.class})
final class ListsCommand implements Callable<Integer> {

    @ParentCommand
    TradescreenCommand root;

    @Override
    public Integer call() {
        ListsReport report = ListsReport.of(root.workspace().withSampleIfEmpty().store());
        if (root.json) {
            JsonOutput.print(report);
        } else {
            for (ListsReport.SourceView s : report.sources()) {
                System.out.println(s.source());
                for (ListsReport.VersionView v : s.versions()) {
                    System.out.printf("  v%-4d published %s  %7d entities  loaded %s  (%s)%n", v.version(),
                            v.published(), v.entities(), v.loadedAt(), v.format());
                }
            }
        }
        return ExitCodes.OK;
    }

    /** {@code tradescreen lists load}: imports one snapshot of one source. */
    @Command(name = "load", mixinStandardHelpOptions = true, description = "Import one snapshot of one source from a file or the folder of a CSV set.")
    static final class Load implements Callable<Integer> {
        @ParentCommand
        ListsCommand lists;

        @Option(names = "--source", paramLabel = "ID", description = "Source id (default: the format's).")
        @Nullable String source;

        @Option(names = "--format", paramLabel = "F", description = "List format (default: detected).")
        @Nullable String format;

        @Option(names = "--published", paramLabel = "YYYY-MM-DD",
                description = "Publication date (default: stated in the file, else in its name, else today).")
        @Nullable LocalDate published;

        @Option(names = "--force", description = "Store even an empty list or one far smaller than the last.")
        boolean force;

        @Option(names = "--lenient", description = "Skip damaged records and report them, instead of failing.")
        boolean lenient;

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "The file(s) or folder of one snapshot.")
        List<Path> paths;

        @Override
        public Integer call() throws Exception {
            Workspace ws = lists.root.workspace();
            CompletableFuture<Void> ready = CounterpartiesCommand.prepare(ws);
            LoadResult r = ws.loader().load(new LoadRequest(paths, format, source, published, force, lenient));
            ready.join();
            for (Problem p : r.problems()) {
                System.err.println("tradescreen: note: " + p);
            }
            Optional<Map<String, Object>> monitoring = CounterpartiesCommand.afterListChange(ws);
            if (lists.root.json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("source", r.source());
                doc.put("version", r.version());
                doc.put("published", r.published());
                doc.put("entities", r.entities());
                doc.put("added", r.added());
                doc.put("removed", r.removed());
                doc.put("changed", r.changed());
                doc.put("new_version", r.newVersion());
                doc.put("format", r.format());
                doc.put("problems", r.problems().stream().map(Problem::toString).toList());
                monitoring.ifPresent(m -> doc.put("monitoring", m));
                JsonOutput.print(doc);
            } else if (r.newVersion()) {
                System.out.printf("%s: version %d published %s, %d entities (%d added, %d removed, %d changed)%n",
                        r.source(), r.version(), r.published(), r.entities(), r.added(), r.removed(), r.changed());
            } else {
                System.out.printf("%s: identical to version %d published %s (%d entities); no new version%n",
                        r.source(), r.version(), r.published(), r.entities());
            }
            return ExitCodes.OK;
        }
    }

    /** {@code tradescreen lists diff}: what changed between two versions of a source. */
    @Command(name = "diff", mixinStandardHelpOptions = true, description = "Entries added, removed and changed between two versions (default: the last two).")
    static final class Diff implements Callable<Integer> {
        @ParentCommand
        ListsCommand lists;

        @Option(names = "--source", required = true, paramLabel = "ID")
        String source;

        @Option(names = "--from", paramLabel = "V|DATE", description = "Version number or date (as of that date).")
        @Nullable String from;

        @Option(names = "--to", paramLabel = "V|DATE", description = "Version number or date (as of that date).")
        @Nullable String to;

        @Override
        public Integer call() {
            DiffReport d = DiffReport.of(lists.root.workspace().withSampleIfEmpty().store(), source, from, to);
            if (lists.root.json) {
                JsonOutput.print(d);
            } else {
                System.out.printf("%s: version %d (%s) -> version %d (%s): %d added, %d removed, %d changed%n",
                        source, d.from(), d.fromPublished(), d.to(), d.toPublished(),
                        d.added().size(), d.removed().size(), d.changed().size());
                d.added().forEach(e -> System.out.println("  + " + e.sourceId() + "  " + e.name()));
                d.removed().forEach(e -> System.out.println("  - " + e.sourceId() + "  " + e.name()));
                d.changed().forEach(e -> System.out.println("  ~ " + e.sourceId() + "  " + e.name() + "  " + e.fields()));
            }
            return ExitCodes.OK;
        }
    }

    /** {@code tradescreen lists export}: writes a version's raw files back out, to replay a past screening. */
    @Command(name = "export", description = "Write the raw official files of one version into a folder.")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        ListsCommand lists;

        @Mixin
        HelpOption help;

        @Option(names = "--source", required = true, paramLabel = "ID")
        String source;

        @Option(names = "--version", required = true, paramLabel = "V")
        int version;

        @Parameters(paramLabel = "DIR", description = "Folder to write into (created if missing).")
        Path dir;

        @Override
        public Integer call() throws Exception {
            SnapshotStore store = lists.root.workspace().store();
            SnapshotVersion v = store.version(source, version).orElseThrow(() ->
                    new UserInputException(source + " has no version " + version));
            Files.createDirectories(dir);
            for (Map.Entry<String, byte[]> f : store.rawFiles(v.id()).entrySet()) {
                Files.write(dir.resolve(Path.of(f.getKey()).getFileName()), f.getValue());
                System.err.println("wrote " + dir.resolve(f.getKey()));
            }
            return ExitCodes.OK;
        }
    }
}
