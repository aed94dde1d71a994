package org.tradescreen.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.tradescreen.audit.AuditExport;
import org.tradescreen.audit.AuditExportVerifier;
import org.tradescreen.audit.AuditFacts;
import org.tradescreen.audit.AuditLog;
import org.tradescreen.audit.Checkpoint;
import org.tradescreen.audit.Verification;
import org.tradescreen.settings.DataDirectory;
import org.tradescreen.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code tradescreen audit}: check the tamper-evident audit log, export part of it, check an export. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Check the tamper-evident audit log, export records for an examiner, check an export.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Export.class, AuditCommand.VerifyExport.class,
                AuditCommand.PublicKey.class, AuditCommand.Prune.class, AuditCommand.Hold.class,
                AuditCommand.Release.class})
final class AuditCommand implements Runnable {

    @ParentCommand
    TradescreenCommand root;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "give an audit command");
    }

    /** {@code audit verify}: exit 0 when intact, 1 naming the first record changed, removed or inserted. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Re-check every record's hash and link, and every signed checkpoint.")
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        AuditCommand audit;

        @Override
        public Integer call() {
            AuditLog log = audit.root.workspace().audit();
            Verification v = log.verify();
            if (audit.root.json) {
                JsonOutput.print(v.json());
            } else if (v.intact()) {
                System.out.println("audit log intact: " + v.records() + " records (" + v.pruned() + " pruned past"
                        + " their retention), " + v.checkpoints() + " signed checkpoints (key " + log.key().keyId() + ")");
            } else {
                System.out.println("audit log NOT intact: first bad record " + v.firstBad() + ": " + v.problem());
            }
            return v.intact() ? ExitCodes.OK : ExitCodes.HIT;
        }
    }

    /** {@code audit export}: records by sequence number or date, with proofs and a signed checkpoint. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write records as JSON lines that anyone can check with the public key alone.")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        AuditCommand audit;

        @Option(names = "--from", paramLabel = "SEQ|DATE", description = "First record, or first day (default 1).")
        @Nullable String from;

        @Option(names = "--to", paramLabel = "SEQ|DATE", description = "Last record, or last day (default the last).")
        @Nullable String to;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default stdout).")
        @Nullable Path output;

        @Override
        public Integer call() throws IOException {
            AuditLog log = audit.root.workspace().audit();
            long first = from == null ? 1 : bound(log, from, false);
            long last = to == null ? Long.MAX_VALUE : bound(log, to, true);
            long written;
            Writer w = CliFiles.output(output);
            try {
                written = AuditExport.write(log, first, last, w);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage());
            } finally {
                if (output != null) {
                    w.close();
                }
            }
            System.err.println("tradescreen: exported " + written + " audit records, checkpoint signed by key "
                    + log.key().keyId());
            return ExitCodes.OK;
        }

        /** A sequence number as given, or a day: the first record of that day, or the last one of it. */
        private static long bound(AuditLog log, String text, boolean end) {
            if (text.matches("\\d+")) {
                return Long.parseLong(text);
            }
            LocalDate day;
            try {
                day = LocalDate.parse(text);
            } catch (java.time.DateTimeException e) {
                throw new UserInputException("--from/--to: '" + text + "' is neither a record number nor a date");
            }
            LocalDate start = end ? day.plusDays(1) : day;
            return log.firstAtOrAfter(start.atStartOfDay(ZoneOffset.UTC).toInstant())
                    .map(seq -> end ? seq - 1 : seq)
                    .orElse(end ? Long.MAX_VALUE : Long.MAX_VALUE - 1);
        }
    }

    /** {@code audit verify-export FILE}: the third party's check, with no database. */
    @Command(name = "verify-export", mixinStandardHelpOptions = true,
            description = "Check an export with only the file and the signer's public key; uses no database.")
    static final class VerifyExport implements Callable<Integer> {
        @ParentCommand
        AuditCommand audit;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--public-key", paramLabel = "KEY",
                description = "The signer's public key (base64, as 'audit public-key' prints it), or a file holding it."
                        + " Without it the export's own key is used, which proves integrity but not who signed.")
        @Nullable String publicKey;

        @Override
        public Integer call() throws IOException {
            String key = publicKey == null ? null
                    : Files.isRegularFile(Path.of(publicKey)) ? Files.readString(Path.of(publicKey)).strip() : publicKey;
            AuditExportVerifier.Result r;
            try (BufferedReader in = Files.newBufferedReader(CliFiles.regular(file, "audit export"),
                    StandardCharsets.UTF_8)) {
                r = AuditExportVerifier.verify(in, key);
            }
            if (audit.root.json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("valid", r.valid());
                doc.put("records", r.records());
                doc.put("tree_size", r.treeSize());
                doc.put("key_id", r.keyId());
                doc.put("line", r.line());
                doc.put("problem", r.problem());
                JsonOutput.print(doc);
            } else if (r.valid()) {
                System.out.println("export valid: " + r.records() + " records, each in the Merkle tree of "
                        + r.treeSize() + " signed by key " + r.keyId() + (key == null
                        ? " (the export's own key: compare it with the signer's)" : ""));
            } else {
                System.out.println("export NOT valid" + (r.line() != null ? " at line " + r.line() : "") + ": "
                        + r.problem());
            }
            return r.valid() ? ExitCodes.OK : ExitCodes.HIT;
        }
    }

    /** {@code audit public-key}: what to hand an examiner, with the latest checkpoint. */
    @Command(name = "public-key", mixinStandardHelpOptions = true,
            description = "Print this instance's public key (base64 X.509), for examiners and partners.")
    static final class PublicKey implements Callable<Integer> {
        @ParentCommand
        AuditCommand audit;

        @Override
        public Integer call() {
            AuditLog log = audit.root.workspace().audit();
            System.out.println(log.key().publicKeyBase64());
            log.latestCheckpoint().map(Checkpoint::toString).ifPresent(cp ->
                    System.err.println("tradescreen: key " + log.key().keyId() + "; latest " + cp));
            return ExitCodes.OK;
        }
    }

    /** {@code audit prune}: payloads past their kind's retention and under no hold go; hashes and places stay. */
    @Command(name = "prune", mixinStandardHelpOptions = true, description = "Prune payloads past their retention"
            + " (DATA_DIR/tradescreen.properties: audit.retention.default=P10Y, audit.retention.<kind>=P5Y).")
    static final class Prune implements Callable<Integer> {
        @ParentCommand
        AuditCommand audit;

        @Option(names = "--dry-run", description = "Only say which records are due.")
        boolean dryRun;

        @Override
        public Integer call() {
            Workspace ws = audit.root.workspace();
            org.tradescreen.audit.Retention retention;
            try {
                retention = org.tradescreen.audit.Retention.of(DataDirectory.settings(ws.dataDir()));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("tradescreen.properties: " + e.getMessage());
            }
            java.util.List<Long> due = ws.audit().prune(retention, dryRun, AuditFacts.cliActor());
            System.out.println((dryRun ? "due for pruning: " : "pruned: ") + due.size() + " record(s)"
                    + (due.isEmpty() ? "" : " (" + due.get(0) + " to " + due.get(due.size() - 1) + ")"));
            return ExitCodes.OK;
        }
    }

    /** {@code audit hold}: a legal hold on a range of records, which no retention prunes until released. */
    @Command(name = "hold", mixinStandardHelpOptions = true, description = "Place a legal hold; prints its id.")
    static final class Hold implements Callable<Integer> {
        @ParentCommand
        AuditCommand audit;

        @Option(names = "--from", required = true, paramLabel = "DATE")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "DATE")
        LocalDate to;

        @Option(names = "--kind", description = "Only records of this kind (default every kind).")
        @Nullable String kind;

        @Option(names = "--reason", required = true)
        String reason;

        @Override
        public Integer call() {
            try {
                long id = audit.root.workspace().audit().hold(kind, from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1000), reason,
                        AuditFacts.cliActor());
                System.out.println(id);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage());
            }
            return ExitCodes.OK;
        }
    }

    /** {@code audit release ID}. */
    @Command(name = "release", mixinStandardHelpOptions = true, description = "Release a legal hold.")
    static final class Release implements Callable<Integer> {
        @ParentCommand
        AuditCommand audit;

        @Parameters(paramLabel = "ID")
        long id;

        @Override
        public Integer call() {
            try {
                audit.root.workspace().audit().release(id, AuditFacts.cliActor());
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage());
            }
            return ExitCodes.OK;
        }
    }
}
