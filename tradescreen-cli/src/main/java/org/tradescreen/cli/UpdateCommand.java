package org.tradescreen.cli;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.update.Feed;
import org.tradescreen.lists.update.FeedConfig;
import org.tradescreen.lists.update.ListUpdater;
import org.tradescreen.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tradescreen lists update}: fetches the official lists and stores each as a new version. A feed
 * that fails keeps its last good version; the command then exits 3 after updating the others.
 */
@Command(name = "update", mixinStandardHelpOptions = true, description = "Fetch the official lists (or those in DATA_DIR/feeds.json) and store new versions.")
final class UpdateCommand implements Callable<Integer> {

    @ParentCommand
    ListsCommand lists;

    @Option(names = "--source", paramLabel = "ID", description = "Only these sources (repeatable).")
    @Nullable List<String> sources;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Per request (default 60).")
    int timeoutSeconds;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3", description = "Attempts per file (default 3).")
    int retries;

    @Override
    public Integer call() throws Exception {
        Workspace ws = lists.root.workspace();
        List<Feed> feeds = FeedConfig.select(FeedConfig.load(ws.dataDir()), sources == null ? List.of() : sources);
        CompletableFuture<Void> ready = CounterpartiesCommand.prepare(ws);
        List<ListUpdater.Outcome> outcomes = new ListUpdater(ws.loader(), Duration.ofSeconds(timeoutSeconds),
                retries, Duration.ofSeconds(2)).update(feeds, msg -> System.err.println("tradescreen: " + msg));
        ready.join();
        Optional<Map<String, Object>> rescreen = outcomes.stream().anyMatch(o -> o.ok() && o.result().newVersion())
                ? CounterpartiesCommand.afterListChange(ws) : Optional.empty();
        if (lists.root.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("updates", outcomes.stream().map(UpdateCommand::view).toList());
            rescreen.ifPresent(m -> doc.put("monitoring", m));
            JsonOutput.print(doc);
        } else {
            for (ListUpdater.Outcome o : outcomes) {
                System.out.println(o.ok()
                        ? String.format("%s: version %d published %s, %d entities (%d added, %d removed, %d changed)%s",
                        o.source(), o.result().version(), o.result().published(), o.result().entities(),
                        o.result().added(), o.result().removed(), o.result().changed(),
                        o.result().newVersion() ? "" : " - unchanged")
                        : o.source() + ": FAILED, kept the last good version: " + o.error());
            }
        }
        return outcomes.stream().allMatch(ListUpdater.Outcome::ok) ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
    }

    private static Map<String, Object> view(ListUpdater.Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", o.source());
        m.put("ok", o.ok());
        if (o.ok()) {
            m.put("version", o.result().version());
            m.put("published", o.result().published());
            m.put("entities", o.result().entities());
            m.put("added", o.result().added());
            m.put("removed", o.result().removed());
            m.put("changed", o.result().changed());
            m.put("new_version", o.result().newVersion());
        } else {
            m.put("error", o.error());
        }
        return m;
    }
}
