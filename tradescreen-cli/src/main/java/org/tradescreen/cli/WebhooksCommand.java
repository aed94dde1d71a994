package org.tradescreen.cli;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.tradescreen.notify.WebhookDelivery;
import org.tradescreen.notify.Webhooks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tradescreen webhooks}: the receivers new alerts are posted to, and a delivery pass by hand (the server sends
 * on its own every few seconds; this is for a data directory no server runs on, or to see why one is stuck).
 */
@Command(name = "webhooks", mixinStandardHelpOptions = true,
        description = "Add, list and remove the webhooks new alerts are posted to; or deliver what is due now.",
        subcommands = {WebhooksCommand.Add.class, WebhooksCommand.ListWebhooks.class, WebhooksCommand.Remove.class,
                WebhooksCommand.Deliver.class})
final class WebhooksCommand implements Runnable {

    @ParentCommand
    TradescreenCommand root;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "give add, list, remove or deliver");
    }

    Webhooks webhooks() {
        return new Webhooks(root.workspace().store().database(), Clock.systemUTC());
    }

    /** {@code webhooks add URL [--secret S]}: prints the id and the signing secret, this once. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a webhook and print its signing secret (shown this once; the receiver needs it).")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        WebhooksCommand parent;

        @Parameters(paramLabel = "URL", description = "Absolute http or https URL new alerts are POSTed to.")
        String url;

        @Option(names = "--secret", paramLabel = "S",
                description = "The HMAC secret, 16 to 200 printable characters (default: 32 random bytes, hex).")
        @Nullable String secret;

        @Override
        public Integer call() {
            Webhooks.Webhook w = parent.webhooks().add(url, secret);
            if (parent.root.json) {
                Map<String, Object> doc = new LinkedHashMap<>(json(w));
                doc.put("secret", w.secret());
                JsonOutput.print(doc);
            } else {
                System.out.println("webhook " + w.id() + " " + w.url());
                System.out.println("secret " + w.secret());
                System.err.println("tradescreen: the secret above is shown only now: give it to the receiver, which"
                        + " checks X-Tradescreen-Signature with it");
            }
            return ExitCodes.OK;
        }
    }

    /** {@code webhooks list}: never the secrets. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List webhooks (without their secrets).")
    static final class ListWebhooks implements Callable<Integer> {
        @ParentCommand
        WebhooksCommand parent;

        @Override
        public Integer call() {
            List<Webhooks.Webhook> all = parent.webhooks().list();
            if (parent.root.json) {
                JsonOutput.print(Map.of("webhooks", all.stream().map(WebhooksCommand::json).toList()));
            } else {
                for (Webhooks.Webhook w : all) {
                    System.out.printf("%4d  %-8s  %s  (added %s)%n", w.id(), w.active() ? "active" : "removed",
                            w.url(), w.createdAt());
                }
                System.err.println("tradescreen: " + all.size() + " webhook(s)");
            }
            return ExitCodes.OK;
        }
    }

    /** {@code webhooks remove ID}: nothing more is sent to it, including what is still queued for it. */
    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Stop posting to a webhook (what is still queued for it is not sent either).")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        WebhooksCommand parent;

        @Parameters(paramLabel = "ID")
        long id;

        @Override
        public Integer call() {
            parent.webhooks().remove(id);
            System.err.println("tradescreen: webhook " + id + " removed; nothing more is sent to it");
            return ExitCodes.OK;
        }
    }

    /** {@code webhooks deliver}: one pass; failures are retried later, so they do not fail the command. */
    @Command(name = "deliver", mixinStandardHelpOptions = true,
            description = "Send the events that are due now, once; print how many were delivered, retried, failed.")
    static final class Deliver implements Callable<Integer> {
        @ParentCommand
        WebhooksCommand parent;

        @Option(names = "--max", paramLabel = "N", defaultValue = "1000", description = "At most N events (default 1000).")
        int max;

        @Override
        public Integer call() {
            if (max < 1 || max > 1_000_000) {
                throw new UserInputException("--max must be 1 to 1000000, got " + max);
            }
            WebhookDelivery delivery = new WebhookDelivery(parent.root.workspace().store().database(),
                    Clock.systemUTC(), WebhookDelivery.DEFAULT_TIMEOUT);
            WebhookDelivery.Result r = delivery.deliverDue(max,
                    f -> System.err.println("tradescreen: " + f.describe()));
            long pending = delivery.pending();
            if (parent.root.json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("delivered", r.delivered());
                doc.put("retried", r.retried());
                doc.put("failed", r.failed());
                doc.put("pending", pending);
                JsonOutput.print(doc);
            } else {
                System.out.println("delivered " + r.delivered() + ", retried " + r.retried() + ", failed "
                        + r.failed() + ", pending " + pending);
            }
            return ExitCodes.OK;
        }
    }

    private static Map<String, Object> json(Webhooks.Webhook w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", w.id());
        m.put("url", w.url());
        m.put("created_at", w.createdAt());
        m.put("active", w.active());
        return m;
    }
}
