package org.tradescreen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.tradescreen.audit.AuditFacts;
import org.tradescreen.review.CaseBundle;
import org.tradescreen.review.Redaction;
import org.tradescreen.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code tradescreen cases}: group alerts into cases, note them, and share them signed with another instance. */
@Command(name = "cases", mixinStandardHelpOptions = true,
        description = "Open cases over alerts, add notes, move them, and share them signed (export, import).",
        subcommands = {CasesCommand.Create.class, CasesCommand.Show.class, CasesCommand.Note.class,
                CasesCommand.Move.class, CasesCommand.Export.class, CasesCommand.Import.class})
final class CasesCommand implements Runnable {

    @ParentCommand
    TradescreenCommand root;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "give a cases command");
    }

    /** Runs a case action, turning refused input into a usage error naming it. */
    private static <T> T input(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Open a case over alerts; prints its id.")
    static final class Create implements Callable<Integer> {
        @ParentCommand
        CasesCommand cases;

        @Option(names = "--kind", required = true, description = "consignment or counterparty")
        String kind;

        @Option(names = "--ref", required = true, description = "The consignment or counterparty id.")
        String ref;

        @Option(names = "--title", required = true)
        String title;

        @Option(names = "--alert", paramLabel = "ID", description = "An alert of the case (repeatable).")
        List<Long> alerts = List.of();

        @Override
        public Integer call() {
            long id = input(() -> cases.root.workspace().cases().create(kind, ref, title, alerts,
                    AuditFacts.cliActor()));
            System.out.println(id);
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print a case as JSON.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        CasesCommand cases;

        @Parameters(paramLabel = "ID")
        long id;

        @Override
        public Integer call() {
            JsonOutput.print(cases.root.workspace().cases().document(id));
            return ExitCodes.OK;
        }
    }

    @Command(name = "note", mixinStandardHelpOptions = true, description = "Add a note, with an optional attachment.")
    static final class Note implements Callable<Integer> {
        @ParentCommand
        CasesCommand cases;

        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Parameters(index = "1", paramLabel = "TEXT")
        String text;

        @Option(names = "--attach", paramLabel = "FILE", description = "A file of at most 1 MiB.")
        @Nullable Path attach;

        @Override
        public Integer call() throws IOException {
            byte[] bytes = attach == null ? null : Files.readAllBytes(CliFiles.regular(attach, "--attach"));
            input(() -> {
                cases.root.workspace().cases().note(id, text, attach == null ? null
                        : attach.getFileName().toString(), bytes, AuditFacts.cliActor());
                return null;
            });
            return ExitCodes.OK;
        }
    }

    @Command(name = "move",
            description = "Move a case: open, investigating, pending_approval, escalated, closed (with --outcome).")
    static final class Move implements Callable<Integer> {
        @ParentCommand
        CasesCommand cases;

        @Mixin
        HelpOption help;

        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Parameters(index = "1", paramLabel = "STATUS")
        String status;

        @Option(names = "--outcome")
        @Nullable String outcome;

        @Option(names = "--version", required = true, description = "The case's version as you read it.")
        int version;

        @Option(names = "--key", paramLabel = "KEY", description = "Act as this user (env TRADESCREEN_USER_KEY);"
                + " closing needs someone other than who submitted the case for approval.")
        @Nullable String key;

        @Override
        public Integer call() {
            Workspace ws = cases.root.workspace();
            String by = ActingUser.of(ws, key).map(org.tradescreen.review.User::name).orElse(AuditFacts.cliActor());
            input(() -> {
                ws.cases().move(id, status, outcome, version, by);
                return null;
            });
            return ExitCodes.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a case as a bundle signed with this instance's key, personal fields redacted.")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        CasesCommand cases;

        @Parameters(paramLabel = "ID")
        long id;

        @Option(names = "--redact", required = true, paramLabel = "PROFILE",
                description = "none, partner, or a profile file {\"remove\":[…],\"hash\":[…]}.")
        String redact;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default stdout).")
        @Nullable Path output;

        @Override
        public Integer call() throws IOException {
            Workspace ws = cases.root.workspace();
            Redaction profile = input(() -> {
                try {
                    return Redaction.of(redact);
                } catch (IOException e) {
                    throw new IllegalArgumentException("--redact: cannot read " + redact + ": " + e.getMessage());
                }
            });
            String bundle = CaseBundle.export(ws.cases(), id, profile, ws.audit().key(), ws.dataDir(),
                    AuditFacts.cliActor(), Clock.systemUTC());
            try (java.io.Writer w = CliFiles.output(output)) {
                w.write(bundle);
            }
            System.err.println("tradescreen: case " + id + " exported, redacted by profile " + profile.name()
                    + ", signed by key " + ws.audit().key().keyId());
            return ExitCodes.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Verify a case bundle from another instance and keep it with the sender's identity;"
                    + " exit 1 when it does not verify.")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        CasesCommand cases;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--trust-key", paramLabel = "KEY", description = "Accept only bundles signed by this key.")
        @Nullable String trustKey;

        @Override
        public Integer call() throws IOException {
            String text = Files.readString(CliFiles.regular(file, ""), StandardCharsets.UTF_8);
            Workspace ws = cases.root.workspace();
            CaseBundle.Received r;
            try {
                r = CaseBundle.receive(ws.store().database(), ws.audit(), text, trustKey, AuditFacts.cliActor(),
                        Clock.systemUTC());
            } catch (CaseBundle.Refused e) {
                System.out.println("case bundle REFUSED: " + e.getMessage());
                return ExitCodes.HIT;
            }
            JsonNode c = r.payload().path("case");
            if (cases.root.json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("shared_case_id", r.id());
                doc.put("sender_key_id", r.senderKeyId());
                doc.put("already_held", r.alreadyHeld());
                doc.put("payload", r.payload());
                JsonOutput.print(doc);
            } else {
                System.out.println("case bundle verified: signed by key " + r.senderKeyId() + "; kept as shared case "
                        + r.id() + (r.alreadyHeld() ? " (already held)" : "") + ": " + c.path("title").asText()
                        + " (" + c.path("alerts").size() + " alerts, " + c.path("notes").size() + " notes, redaction "
                        + r.payload().path("redaction").path("profile").asText() + ")");
            }
            return ExitCodes.OK;
        }
    }
}
