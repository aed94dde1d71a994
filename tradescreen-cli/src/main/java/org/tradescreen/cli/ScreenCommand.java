package org.tradescreen.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.tradescreen.match.Coverage;
import org.tradescreen.match.Hit;
import org.tradescreen.match.ListsAsOf;
import org.tradescreen.match.Query;
import org.tradescreen.report.ScreenReport;
import org.tradescreen.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tradescreen screen}: one party against the lists, optionally as they stood on a date. Exits 1 on a hit;
 * without one, 4 when a list had no version in force that day, since "no hits" would then not be true.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = "Screen one name against the lists; exit 1 when a hit reaches the threshold, 4 when no hit"
                + " was found but a list had no version in force on the date.")
final class ScreenCommand implements Callable<Integer> {

    @ParentCommand
    TradescreenCommand root;

    @Mixin
    ScreenOptions options;

    @Parameters(paramLabel = "NAME", description = "The party's name.")
    String name;

    @Override
    public Integer call() {
        Workspace ws = root.workspace().withSampleIfEmpty();
        Query query = options.query(name);
        ListsAsOf.View view = ws.listsAsOf().at(options.asOf, options.sources());
        List<Hit> hits = view.screener().screen(query, options.threshold(), options.limit(), options.algorithm());
        Coverage coverage = view.coverage(options.sources());
        coverage.warnings(options.asOf).forEach(w -> System.err.println("tradescreen: warning: " + w));
        if (root.json) {
            JsonOutput.print(ScreenReport.of(name, options.asOf, options.threshold(), options.algorithm(), coverage, hits));
        } else {
            System.out.printf("%d hit(s) for \"%s\"%s at threshold %.2f%s%n", hits.size(), name,
                    options.asOf == null ? "" : " as of " + options.asOf, options.threshold(),
                    coverage.complete() ? "" : "; NOT A CLEAR RESULT: " + (coverage.used().isEmpty() ? "no list was in force"
                            : coverage.missing().size() + " list(s) had no version in force") + " that day");
            for (Hit h : hits) {
                System.out.printf("  %.3f  %-28s %s%s%n", h.score(), h.entityId(), h.matchedName(),
                        h.matchedName().equals(h.name()) ? "" : "  (" + h.name() + ")");
                System.out.printf("         list %s%s%n", h.list() == null ? h.source() : h.list(),
                        h.listedOn() == null ? "" : ", listed on " + h.listedOn());
            }
        }
        return !hits.isEmpty() ? ExitCodes.HIT : coverage.complete() ? ExitCodes.OK : ExitCodes.INCOMPLETE;
    }
}
