package org.tradescreen.bench.quality;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tradescreen.bench.consign.ExampleEnvironment;
import org.tradescreen.consign.manifest.Manifest;
import org.tradescreen.consign.policy.Decision;
import org.tradescreen.consign.policy.PolicyLoader;
import org.tradescreen.consign.screen.ConsignmentBatch;
import org.tradescreen.consign.screen.ConsignmentResult;
import org.tradescreen.consign.screen.ConsignmentScreener;
import org.tradescreen.consign.screen.Reason;

/**
 * Consignments decided under the default policy against their labels: a manifest ({@code examples/NAME.jsonl})
 * and its expected decisions ({@code examples/NAME-expected.csv}: decision, and the rules that must be among the
 * reasons). A consignment is right when it gets its decision for those reasons. The two errors that matter most
 * are counted apart: a HOLD-worthy consignment cleared, and a clear one held.
 */
final class ConsignmentEvaluation {

    /** The counts, and the consignments that went wrong, each with what it got and what was expected. */
    record Result(int right, int total, int holdCleared, int clearHeld, List<String> wrong) {
    }

    private ConsignmentEvaluation() {
    }

    static Result run(ExampleEnvironment environment, String manifest) throws IOException {
        ConsignmentScreener screener = environment.screener(PolicyLoader.bundled());
        Map<String, ConsignmentResult> results = new HashMap<>();
        try (Manifest m = Manifest.open(Files.newBufferedReader(ExampleEnvironment.EXAMPLES.resolve(manifest + ".jsonl"),
                StandardCharsets.UTF_8), manifest + ".jsonl", Manifest.Format.JSONL)) {
            ConsignmentBatch.run(m, screener, null, r -> results.put(r.consignmentId(), r), n -> { });
        }
        int right = 0;
        int total = 0;
        int holdCleared = 0;
        int clearHeld = 0;
        List<String> wrong = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(ExampleEnvironment.EXAMPLES.resolve(manifest + "-expected.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord e : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                ConsignmentResult r = results.get(e.get("consignment_id"));
                Decision expected = Decision.valueOf(e.get("decision"));
                List<String> fired = r.reasons().stream().map(Reason::rule).toList();
                boolean ok = r.decision() == expected;
                for (String rule : e.get("rules").split(",")) {
                    ok &= rule.isBlank() || fired.contains(rule);
                }
                total++;
                if (ok) {
                    right++;
                } else {
                    wrong.add(e.get("consignment_id") + ": got " + r.decision() + " " + fired + ", expected " + expected
                            + " [" + e.get("rules") + "]");
                }
                holdCleared += expected == Decision.HOLD && r.decision() == Decision.CLEAR ? 1 : 0;
                clearHeld += expected == Decision.CLEAR && r.decision() == Decision.HOLD ? 1 : 0;
            }
        }
        return new Result(right, total, holdCleared, clearHeld, wrong);
    }
}
