package org.tradescreen.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tradescreen.review.Alert;
import org.tradescreen.review.AlertStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tradescreen alerts}: the possible matches waiting for review, newest first. */
@Command(name = "alerts", mixinStandardHelpOptions = true, description = "List alerts, newest first.")
final class AlertsCommand implements Callable<Integer> {

    @ParentCommand
    TradescreenCommand root;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Only these: open, in_review, proposed, confirmed_match, cleared, escalated, superseded,"
                    + " entity_delisted.")
    String status;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "At most N (default 1000).")
    int limit;

    @Override
    public Integer call() {
        AlertStatus s;
        try {
            s = status == null ? null : AlertStatus.of(status);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--status: " + e.getMessage());
        }
        if (limit < 1 || limit > 1_000_000) {
            throw new UserInputException("--limit must be 1 to 1000000, got " + limit);
        }
        List<Alert> alerts = root.workspace().alerts().list(s, limit);
        if (root.json) {
            JsonOutput.print(Map.of("alerts", alerts.stream().map(Alert::json).toList()));
        } else {
            for (Alert a : alerts) {
                System.out.printf("%6d  %-15s %.3f  %s  %s  (%s, %s)%n", a.id(), a.status().code(), a.score(),
                        a.subject().path("name").asText(), a.entityId(), a.origin(), a.listVersion());
            }
            System.err.println("tradescreen: " + alerts.size() + " alert(s)");
        }
        return ExitCodes.OK;
    }
}
