package org.tradescreen.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.tradescreen.review.Alert;
import org.tradescreen.review.AlertStatus;
import org.tradescreen.review.Alerts;
import org.tradescreen.review.Disposition;
import org.tradescreen.review.ReasonCode;
import org.tradescreen.review.ReviewException;
import org.tradescreen.review.User;
import org.tradescreen.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tradescreen alerts}: the possible matches waiting for review, newest first; with a subcommand, one review
 * action as a user (their key in {@code --key} or {@code TRADESCREEN_USER_KEY}), under the same rules as the API.
 */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "List alerts, newest first; or review one (claim, propose, confirm, send-back, escalate).",
        subcommands = {AlertsCommand.Claim.class, AlertsCommand.Propose.class, AlertsCommand.Confirm.class,
                AlertsCommand.SendBack.class, AlertsCommand.Escalate.class})
final class AlertsCommand implements Callable<Integer> {

    @ParentCommand
    TradescreenCommand root;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Only these: open, in_review, proposed, confirmed_match, cleared, escalated, superseded,"
                    + " entity_delisted.")
    @Nullable String status;

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

    /** What every review action takes: the alert, the version read, the user's key, a note. */
    abstract static class Action implements Callable<Integer> {
        @ParentCommand
        AlertsCommand alerts;

        @Mixin
        HelpOption help;

        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Option(names = "--version", required = true, description = "The alert's version as you read it.")
        int version;

        @Option(names = "--key", paramLabel = "KEY", description = "Your user key (env TRADESCREEN_USER_KEY).")
        @Nullable String key;

        @Option(names = "--note")
        @Nullable String note;

        abstract Alert act(Alerts review, User user);

        @Override
        public Integer call() {
            Workspace ws = alerts.root.workspace();
            User user = ActingUser.of(ws, key).orElseThrow(() -> new UserInputException(
                    "--key: give your user key (or TRADESCREEN_USER_KEY); 'tradescreen users add' makes one"));
            Alert a;
            try {
                a = act(ws.alerts(), user);
            } catch (ReviewException e) {
                System.err.println("tradescreen: " + e.getMessage());
                return e.kind() == ReviewException.Kind.NOT_FOUND ? ExitCodes.INPUT_ERROR : ExitCodes.HIT;
            }
            if (alerts.root.json) {
                JsonOutput.print(a.json());
            } else {
                System.out.println("alert " + a.id() + " is " + a.status().code() + " (version " + a.version() + ")");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "claim", description = "Take an alert into review.")
    static final class Claim extends Action {
        @Override
        Alert act(Alerts review, User user) {
            return review.claim(id, user, version);
        }
    }

    @Command(name = "propose", description = "Propose a disposition with a reason.")
    static final class Propose extends Action {
        @Option(names = "--disposition", required = true, description = "match, false_positive or inconclusive")
        String disposition;

        @Option(names = "--reason", required = true, description = "A reason code (see the README).")
        String reason;

        @Override
        Alert act(Alerts review, User user) {
            try {
                return review.propose(id, user, version, Disposition.of(disposition), ReasonCode.of(reason), note);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage());
            }
        }
    }

    @Command(name = "confirm", description = "Confirm another user's proposal.")
    static final class Confirm extends Action {
        @Override
        Alert act(Alerts review, User user) {
            return review.confirm(id, user, version, note);
        }
    }

    @Command(name = "send-back", description = "Send a proposal back to review.")
    static final class SendBack extends Action {
        @Override
        Alert act(Alerts review, User user) {
            return review.sendBack(id, user, version, note);
        }
    }

    @Command(name = "escalate", description = "Escalate an alert.")
    static final class Escalate extends Action {
        @Override
        Alert act(Alerts review, User user) {
            return review.escalate(id, user, version, note);
        }
    }
}
