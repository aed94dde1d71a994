package org.tradescreen.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.history.EntityHistory;
import org.tradescreen.lists.history.HistoryEvent;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.model.Entity;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code tradescreen history}: an entity's timeline on its list, by id or by listed name. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "Show when an entity was listed, changed, delisted and relisted.")
final class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    TradescreenCommand root;

    @ArgGroup(multiplicity = "1")
    Target target;

    /** Either an id or a name. */
    static final class Target {
        @Option(names = "--id", paramLabel = "ENTITY_ID", description = "Entity id, e.g. us-ofac-sdn:36.")
        @Nullable String id;

        @Parameters(paramLabel = "NAME", description = "The listed name (exact, else contained).")
        String name;
    }

    @Override
    public Integer call() {
        SnapshotStore store = root.workspace().withSampleIfEmpty().store();
        String id = target.id != null ? target.id : idForName(store, target.name);
        EntityHistory history = EntityHistory.of(store, id).orElseThrow(() ->
                new UserInputException("no entity " + id + " in any stored version"));
        if (root.json) {
            JsonOutput.print(history);
        } else {
            Entity e = history.entity();
            System.out.println(e.id() + "  " + e.primaryName());
            if (e.listing().list() != null) {
                System.out.println("  list: " + e.listing().list()
                        + (e.listedOn() != null ? ", listed on " + e.listedOn() : "")
                        + (e.listing().citation() != null ? " (" + e.listing().citation() + ")" : ""));
            }
            for (HistoryEvent ev : history.events()) {
                System.out.printf("  %s  %-9s version %d%s%n", ev.date(), ev.event().code(), ev.version(),
                        ev.fields().isEmpty() ? "" : "  " + String.join(", ", ev.fields()));
            }
        }
        return ExitCodes.OK;
    }

    private static String idForName(SnapshotStore store, String name) {
        List<List<String>> found = store.findByName(name);
        List<String> ids = found.stream().map(f -> f.get(0) + ":" + f.get(1)).distinct().toList();
        if (ids.isEmpty()) {
            throw new UserInputException("no listed name matches '" + name + "'");
        }
        if (ids.size() > 1) {
            throw new UserInputException("'" + name + "' names " + ids.size() + " entities; pick one with --id: "
                    + found.stream().limit(10).map(f -> f.get(0) + ":" + f.get(1) + " (" + f.get(2) + ")")
                    .collect(Collectors.joining("; ")));
        }
        return ids.get(0);
    }
}
