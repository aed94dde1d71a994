package org.tradescreen.bench.consign;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.tradescreen.consign.manifest.Manifest;
import org.tradescreen.consign.manifest.ManifestRecord;
import org.tradescreen.consign.policy.PolicyLoader;
import org.tradescreen.consign.screen.ConsignmentResult;
import org.tradescreen.consign.screen.ConsignmentScreener;
import org.tradescreen.consign.screen.Screened;

/**
 * The default policy's cost alone: every rule of {@code default-policy.yaml} (CEL, compiled once) over what the
 * screening found for each consignment of the example manifest ({@code examples/consignments.jsonl}: 55
 * consignments, many of them with hits, reasons and several lines, so more rules run than on an ordinary parcel).
 * The screening is done once in the set-up; {@code decide} is the policy and the result built from it. The naive
 * baseline, {@code decideReadingPolicyEachTime}, reads and compiles the policy file for every consignment, as a
 * rule engine that interprets its rules' text would. Per second, one thread.
 *
 * <pre>java -jar tradescreen-bench/target/benchmarks.jar PolicyBenchmark</pre>
 * (from the repository's root, which holds {@code examples/})
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PolicyBenchmark {

    private final byte[] policy = PolicyLoader.bundledBytes();
    private final List<Screened> found = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private ExampleEnvironment environment;
    private ConsignmentScreener screener;

    @Setup
    public void setUp() throws IOException {
        environment = new ExampleEnvironment();
        screener = environment.screener(PolicyLoader.load("default-policy.yaml", policy));
        try (Manifest m = Manifest.open(Files.newBufferedReader(ExampleEnvironment.EXAMPLES.resolve("consignments.jsonl")),
                "consignments.jsonl", Manifest.Format.JSONL)) {
            while (m.hasNext()) {
                if (m.next() instanceof ManifestRecord.Read read) {
                    found.add(screener.find(read.consignment(), null));
                }
            }
        }
    }

    @TearDown
    public void tearDown() {
        environment.close();
    }

    @Benchmark
    public ConsignmentResult decide() {
        return screener.decide(found.get(Math.floorMod(next.getAndIncrement(), found.size())));
    }

    @Benchmark
    public ConsignmentResult decideReadingPolicyEachTime() {
        return environment.screener(PolicyLoader.load("default-policy.yaml", policy))
                .decide(found.get(Math.floorMod(next.getAndIncrement(), found.size())));
    }
}
