package org.tradescreen.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.tradescreen.monitor.Counterparty;
import org.tradescreen.monitor.CounterpartyCsv;
import org.tradescreen.monitor.Monitor;
import org.tradescreen.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code tradescreen counterparties}: the stored base that monitoring re-screens on every list change. */
@Command(name = "counterparties", mixinStandardHelpOptions = true,
        description = "Import and list the counterparties monitoring watches; screen them, sweep them.",
        subcommands = {CounterpartiesCommand.Import.class, CounterpartiesCommand.ListBase.class,
                CounterpartiesCommand.Screen.class, CounterpartiesCommand.Sweep.class, CounterpartiesCommand.Runs.class})
final class CounterpartiesCommand implements Runnable {

    /** At most this many new or changed counterparties are screened by the import itself. */
    static final int DEFAULT_SCREEN_LIMIT = 50_000;

    @ParentCommand
    TradescreenCommand root;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "give import, list, screen, sweep or runs");
    }

    /** {@code counterparties import FILE.csv}. */
    @Command(name = "import", mixinStandardHelpOptions = true, description = "Import counterparties from a CSV"
            + " (id,name,type,country,dob,identifier); an id imported again is replaced. Bad rows are reported and"
            + " skipped. New and changed counterparties are screened at once, up to --screen-limit of them.")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        CounterpartiesCommand parent;

        @Parameters(paramLabel = "FILE.csv")
        Path file;

        @Option(names = "--screen-limit", paramLabel = "N", defaultValue = "" + DEFAULT_SCREEN_LIMIT,
                description = "Screen the new and changed ones at once when there are at most N (default"
                        + " ${DEFAULT-VALUE}); more are left to 'counterparties screen' or serve's background work.")
        int screenLimit;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new UserInputException(file + ": no such file");
            }
            Workspace ws = parent.root.workspace();
            Monitor.Import imp = ws.monitor().importer(screenLimit);
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                CounterpartyCsv.read(in, file.toString(), chunk -> {
                    chunk.problems().forEach(p -> System.err.println("tradescreen: note: " + p));
                    imp.add(chunk);
                });
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage());
            }
            Monitor.Imported r = imp.finish();
            if (parent.root.json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("added", r.added());
                doc.put("changed", r.changed());
                doc.put("unchanged", r.unchanged());
                doc.put("rejected", r.rejected());
                doc.put("pending", r.pending());
                r.screen().ifPresent(run -> doc.put("screen", run.json()));
                JsonOutput.print(doc);
            } else {
                System.out.printf("%s: %d added, %d changed, %d unchanged, %d rejected%n", file, r.added(),
                        r.changed(), r.unchanged(), r.rejected());
                r.screen().ifPresent(run -> System.out.println(describe(run)));
                if (r.pending() > 0) {
                    System.out.println(r.pending() + " wait for their first screen: run 'tradescreen counterparties"
                            + " screen' (serve screens them in the background)");
                }
            }
            return ExitCodes.OK;
        }
    }

    /** {@code counterparties list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List stored counterparties in id order.")
    static final class ListBase implements Callable<Integer> {
        @ParentCommand
        CounterpartiesCommand parent;

        @Option(names = "--after", paramLabel = "ID", description = "Start after this id (paging).")
        @Nullable String after;

        @Option(names = "--name", paramLabel = "TEXT", description = "Only names containing TEXT.")
        @Nullable String name;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "100")
        int limit;

        @Override
        public Integer call() {
            if (limit < 1 || limit > 10_000) {
                throw new UserInputException("--limit: between 1 and 10000, got " + limit);
            }
            List<Counterparty> page = parent.root.workspace().monitor().counterparties().page(after, name, limit);
            if (parent.root.json) {
                JsonOutput.print(Map.of("counterparties", page));
            } else {
                page.forEach(c -> System.out.println(String.join("  ", c.id(), c.name(), nz(c.type()), nz(c.country()),
                        nz(c.dob()), nz(c.identifier())).strip()));
            }
            return ExitCodes.OK;
        }
    }

    /** {@code counterparties screen}: the ones waiting for their first screen. */
    @Command(name = "screen", mixinStandardHelpOptions = true,
            description = "Screen the counterparties imported or changed since their last screen against every entry.")
    static final class Screen implements Callable<Integer> {
        @ParentCommand
        CounterpartiesCommand parent;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "2000000000",
                description = "At most N of them (default all).")
        int limit;

        @Override
        public Integer call() {
            Workspace ws = parent.root.workspace();
            if (ws.store().sources().isEmpty()) {
                throw new UserInputException("no lists are loaded: nothing to screen against (load lists first)");
            }
            Optional<Monitor.Run> run = ws.monitor().screenPending(limit);
            print(parent.root.json, run, "no counterparty waits for a screen");
            return ExitCodes.OK;
        }
    }

    /** {@code counterparties sweep}: the safety net, now. */
    @Command(name = "sweep", mixinStandardHelpOptions = true, description = "Screen the whole base against every"
            + " entry in force and report any difference from what the deltas kept (exit 3 when there is one).")
    static final class Sweep implements Callable<Integer> {
        @ParentCommand
        CounterpartiesCommand parent;

        @Override
        public Integer call() {
            Workspace ws = parent.root.workspace();
            if (ws.store().sources().isEmpty()) {
                throw new UserInputException("no lists are loaded: nothing to sweep against (load lists first)");
            }
            Monitor.Run run = ws.monitor().sweep();
            print(parent.root.json, Optional.of(run), "");
            run.defectSamples().forEach(d -> System.err.println("tradescreen: defect: " + d));
            return run.defects() == 0 ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
        }
    }

    /** {@code counterparties runs}: the recent re-screens. */
    @Command(name = "runs", mixinStandardHelpOptions = true, description = "The recent re-screens, newest first.")
    static final class Runs implements Callable<Integer> {
        @ParentCommand
        CounterpartiesCommand parent;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20")
        int limit;

        @Override
        public Integer call() {
            if (limit < 1 || limit > 1000) {
                throw new UserInputException("--limit: between 1 and 1000, got " + limit);
            }
            List<Monitor.Run> runs = parent.root.workspace().monitor().runs(limit);
            if (parent.root.json) {
                JsonOutput.print(Map.of("runs", runs.stream().map(Monitor.Run::json).toList()));
            } else {
                runs.forEach(r -> System.out.println(r.startedAt() + "  " + describe(r)));
            }
            return ExitCodes.OK;
        }
    }

    /**
     * After a list load or update: brings the stored base up to the versions now in force, then screens the
     * counterparties waiting for a first screen (up to the import limit). Said on stderr; empty when no
     * counterparty is stored.
     */
    static Optional<Map<String, Object>> afterListChange(Workspace ws) {
        if (ws.monitor().counterparties().count() == 0) {
            return Optional.empty();
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        ws.monitor().afterListChange().ifPresent(run -> {
            System.err.println("tradescreen: monitoring: " + describe(run));
            doc.put("delta", run.json());
        });
        ws.monitor().screenPending(DEFAULT_SCREEN_LIMIT).ifPresent(run -> {
            System.err.println("tradescreen: monitoring: " + describe(run));
            doc.put("pending", run.json());
        });
        return Optional.of(doc);
    }

    /**
     * Starts getting monitoring ready beside a list load or update (on the core the load leaves idle); a failure here
     * is left for the re-screen itself to report.
     */
    static java.util.concurrent.CompletableFuture<Void> prepare(Workspace ws) {
        return java.util.concurrent.CompletableFuture.runAsync(ws.monitor()::prepare).exceptionally(e -> null);
    }

    static String describe(Monitor.Run r) {
        String what = switch (r.kind()) {
            case "delta" -> r.entries() + " changed entries (" + r.listVersions() + ") against " + r.screened()
                    + " of " + r.counterparties() + " counterparties that could match them";
            case "sweep" -> "sweep of " + r.screened() + " counterparties against " + r.entries() + " entries ("
                    + r.listVersions() + ")";
            default -> r.screened() + " counterparties screened against " + r.entries() + " entries ("
                    + r.listVersions() + ")";
        };
        return what + ": " + r.newAlerts() + " new alerts, " + r.delisted() + " delisted, " + r.dropped()
                + " no longer matching" + (r.kind().equals("sweep") ? ", " + r.defects() + " defects" : "")
                + " (" + r.millis() + " ms)";
    }

    private static void print(boolean json, Optional<Monitor.Run> run, String none) {
        if (json) {
            JsonOutput.print(run.<Object>map(Monitor.Run::json).orElse(Map.of()));
        } else {
            System.out.println(run.map(CounterpartiesCommand::describe).orElse(none));
        }
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
