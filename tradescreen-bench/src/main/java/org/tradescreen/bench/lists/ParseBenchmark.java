package org.tradescreen.bench.lists;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tradescreen.bench.SharedFiles;
import org.tradescreen.lists.format.ListFormat;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;

/**
 * Time to parse the largest real list files into entities: the May 2024 SDN capture (14,965 entries),
 * the 2026 UN consolidated list and a 4,226-row CSL export.
 *
 * <pre>java -jar tradescreen-bench/target/benchmarks.jar ParseBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(2)
public class ParseBenchmark {

    @Param({"ofac-csv:lists/ofac-sdn-series/sdn_2024-05-03.csv",
            "un-xml:lists/un/UN_consolidated_2026-02-27.xml",
            "csl-csv:lists/csl/csl_watchman_partial_2023-11-30.csv"})
    public String input;

    private ListFormat format;
    private Path path;

    @Setup
    public void setUp() {
        String[] parts = input.split(":", 2);
        format = ListFormats.byName(parts[0]);
        path = SharedFiles.path(parts[1]);
    }

    @Benchmark
    public ParsedList parse() throws Exception {
        return format.parse(path, new ParseOptions("bench", true));
    }
}
