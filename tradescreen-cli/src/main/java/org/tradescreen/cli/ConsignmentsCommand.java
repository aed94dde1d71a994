package org.tradescreen.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.tradescreen.consign.manifest.Manifest;
import org.tradescreen.consign.policy.Policy;
import org.tradescreen.consign.policy.PolicyLoader;
import org.tradescreen.consign.policy.PolicyProblem;
import org.tradescreen.consign.screen.ConsignmentAudit;
import org.tradescreen.consign.screen.ConsignmentBatch;
import org.tradescreen.consign.screen.ConsignmentJson;
import org.tradescreen.consign.screen.ConsignmentResult;
import org.tradescreen.consign.screen.ConsignmentScreener;
import org.tradescreen.goods.describe.GoodsScreener;
import org.tradescreen.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code tradescreen consignments}: screen manifests of mail, express and cargo consignments under a policy. */
@Command(name = "consignments", mixinStandardHelpOptions = true,
        description = "Screen consignments (parties, goods, route) and decide CLEAR, REVIEW or HOLD under a policy.",
        subcommands = {ConsignmentsCommand.Screen.class, ConsignmentsCommand.PolicyCommand.class})
final class ConsignmentsCommand implements Runnable {

    @ParentCommand
    TradescreenCommand root;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "give screen or policy");
    }

    /** The policy of {@code --policy}, or the shipped default. */
    static Policy policy(@Nullable Path file) throws IOException {
        if (file == null) {
            return PolicyLoader.bundled();
        }
        CliFiles.regular(file, "--policy");
        return PolicyLoader.load(file.getFileName().toString(), Files.readAllBytes(file));
    }

    /** {@code consignments screen}: one decision per consignment, as JSON lines. */
    @Command(name = "screen", mixinStandardHelpOptions = true,
            description = "Screen every consignment of a manifest (JSON lines, or CSV with one row per goods line);"
                    + " exit 0 when all are CLEAR, 1 when any is REVIEW or HOLD, 2 when a record could not be read.")
    static final class Screen implements Callable<Integer> {
        @ParentCommand
        ConsignmentsCommand parent;

        @Parameters(paramLabel = "FILE", description = "The manifest.")
        Path input;

        @Option(names = "--format", paramLabel = "jsonl|csv", description = "Manifest format (default: by file name).")
        @Nullable String format;

        @Option(names = "--policy", paramLabel = "POLICY.yaml", description = "The policy (default: the shipped one).")
        @Nullable Path policyFile;

        @Option(names = "--as-of", paramLabel = "DATE",
                description = "The date of consignments that give none (default today).")
        @Nullable LocalDate asOf;

        @Option(names = {"-o", "--output"}, paramLabel = "OUT.jsonl", description = "Write the results here (default stdout).")
        @Nullable Path output;

        @Override
        public Integer call() throws IOException {
            CliFiles.regular(input, "");
            Manifest.Format f = format != null ? Manifest.Format.named(format) : Manifest.Format.of(input.toString());
            Policy policy = policy(policyFile);
            Workspace ws = parent.root.workspace().withSampleIfEmpty();
            ConsignmentScreener screener = new ConsignmentScreener(ws.listsAsOf(), GoodsScreener.bundled(), policy,
                    Clock.systemUTC());
            boolean json = parent.root.json;
            List<ConsignmentResult> collected = new ArrayList<>();
            ConsignmentAudit audit = new ConsignmentAudit(ws.audit(), ws.alerts());
            Progress progress = new Progress(Files.size(input));
            ConsignmentBatch.Summary summary;
            try (Manifest manifest = Manifest.open(new InputStreamReader(progress.track(Files.newInputStream(input)),
                    StandardCharsets.UTF_8), input.getFileName().toString(), f);
                 Writer out = output != null || !json ? CliFiles.output(output) : null) {
                summary = ConsignmentBatch.run(manifest, screener, asOf, r -> {
                    audit.add(r);
                    if (out != null) {
                        write(out, ConsignmentJson.line(r) + "\n");
                    } else {
                        collected.add(r);
                    }
                }, progress::update);
            }
            audit.flush();
            progress.done();
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("policy", policy.stamp());
                doc.put("summary", summary);
                if (output == null) {
                    doc.put("results", collected);
                } else {
                    doc.put("output", output.toString());
                }
                System.out.println(ConsignmentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc));
            }
            System.err.printf("tradescreen: %d consignments: %d CLEAR, %d REVIEW, %d HOLD, %d not readable (policy %s %s)%n",
                    summary.consignments(), summary.clear(), summary.review(), summary.hold(), summary.errors(),
                    policy.stamp().id(), policy.stamp().version());
            return summary.errors() > 0 ? ExitCodes.INPUT_ERROR : summary.review() + summary.hold() > 0 ? ExitCodes.HIT
                    : ExitCodes.OK;
        }

        private static void write(Writer out, String text) {
            try {
                out.write(text);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** {@code consignments policy}: check a policy file, or print the shipped one. */
    @Command(name = "policy", mixinStandardHelpOptions = true, description = "Check a policy file, or show the default.",
            subcommands = {PolicyCommand.Check.class, PolicyCommand.Show.class})
    static final class PolicyCommand implements Runnable {
        @ParentCommand
        ConsignmentsCommand parent;

        @Override
        public void run() {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "give check or show");
        }

        /** {@code consignments policy check FILE}. */
        @Command(name = "check", mixinStandardHelpOptions = true,
                description = "Report unknown keys, CEL errors (with their line) and rules that can never fire;"
                        + " exit 0 when sound, 1 with warnings only, 2 with errors.")
        static final class Check implements Callable<Integer> {
            @ParentCommand
            PolicyCommand parent;

            @Parameters(paramLabel = "FILE", description = "The policy file (YAML).")
            Path file;

            @Override
            public Integer call() throws IOException {
                CliFiles.regular(file, "");
                List<PolicyProblem> problems = PolicyLoader.check(file.getFileName().toString(), Files.readAllBytes(file));
                long errors = problems.stream().filter(PolicyProblem::isError).count();
                if (parent.parent.root.json) {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("file", file.toString());
                    doc.put("errors", errors);
                    doc.put("warnings", problems.size() - errors);
                    doc.put("problems", problems);
                    JsonOutput.print(doc);
                } else {
                    problems.forEach(System.out::println);
                    System.out.println(file.getFileName() + ": " + errors + " error(s), " + (problems.size() - errors)
                            + " warning(s)");
                }
                return errors > 0 ? ExitCodes.INPUT_ERROR : problems.isEmpty() ? ExitCodes.OK : ExitCodes.HIT;
            }
        }

        /** {@code consignments policy show}: the shipped policy, to copy and change. */
        @Command(name = "show", mixinStandardHelpOptions = true, description = "Print the shipped default policy.")
        static final class Show implements Callable<Integer> {
            @Override
            public Integer call() {
                System.out.print(new String(PolicyLoader.bundledBytes(), StandardCharsets.UTF_8));
                return ExitCodes.OK;
            }
        }
    }
}
