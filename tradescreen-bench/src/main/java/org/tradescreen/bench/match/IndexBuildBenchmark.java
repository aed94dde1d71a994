package org.tradescreen.bench.match;

import java.util.List;
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
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.model.Entity;

/**
 * Compiling the screening index from parsed entities: all real lists, and 1,000,000 synthetic names.
 *
 * <pre>java -jar tradescreen-bench/target/benchmarks.jar IndexBuildBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class IndexBuildBenchmark {

    @Param({"lists", "synthetic-1m"})
    public String index;

    private List<Entity> entities;

    @Setup
    public void setUp() throws Exception {
        entities = index.equals("lists") ? BenchLists.realLists() : BenchLists.synthetic(1_000_000, 42);
    }

    @Benchmark
    public ScreeningIndex build() {
        return ScreeningIndex.build(entities, NameAnalyzer.standard());
    }
}
