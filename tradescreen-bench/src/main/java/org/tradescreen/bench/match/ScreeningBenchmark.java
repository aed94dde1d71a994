package org.tradescreen.bench.match;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tradescreen.bench.NaiveScreener;
import org.tradescreen.match.Hit;
import org.tradescreen.match.Query;
import org.tradescreen.match.Screener;
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.match.score.Tuning;
import org.tradescreen.model.Entity;

/**
 * Screening one name: our indexed screener against the naive baseline (brute-force best-pair
 * Jaro-Winkler over every list name), on all real lists (UN + SDN + OFAC non-SDN, about 24,000 names)
 * a synthetic list of 1,000,000 names, or a compiled index file ({@code -p index=file:PATH}, see {@link LargeIndex}). Queries: half people on no list, half listed names with a
 * typo (seed 42). Throughput per thread count; latency percentiles with {@code -bm sample}.
 *
 * <pre>
 * java -jar tradescreen-bench/target/benchmarks.jar ScreeningBenchmark -t 2
 * java -jar tradescreen-bench/target/benchmarks.jar ScreeningBenchmark.screen -bm sample -tu us
 * java -jar tradescreen-bench/target/benchmarks.jar ScreeningBenchmark.counterparty -p index=file:PATH -bm avgt -tu ms
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class ScreeningBenchmark {

    @Param({"lists"})
    public String index;

    private Screener screener;
    private NaiveScreener naive;
    private List<String> queries;
    private final AtomicInteger next = new AtomicInteger();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        if (index.startsWith("file:")) {
            // a compiled index of millions (LargeIndex writes one): the real lists are among its entities
            screener = new Screener(ScreeningIndex.open(Path.of(index.substring(5)), NameAnalyzer.standard(), null));
            queries = BenchLists.queryMix(BenchLists.realLists(), 4096, 42);
            return;
        }
        List<Entity> entities = index.equals("lists") ? BenchLists.realLists() : BenchLists.synthetic(1_000_000, 42);
        screener = new Screener(ScreeningIndex.build(entities, NameAnalyzer.standard()));
        naive = new NaiveScreener(entities);
        queries = BenchLists.queryMix(index.equals("lists") ? entities : BenchLists.realLists(), 4096, 42);
    }

    private String nextQuery() {
        return queries.get(Math.floorMod(next.getAndIncrement(), queries.size()));
    }

    @Benchmark
    public List<Hit> screen() {
        return screener.screen(Query.name(nextQuery()), Tuning.DEFAULT_THRESHOLD, 10);
    }

    /** A stored counterparty's screen: no retrieval cut, every name reached is weighed (see Screener#screenAll). */
    @Benchmark
    public List<Hit> counterparty() {
        return screener.screenAll(Query.name(nextQuery()), Tuning.DEFAULT_THRESHOLD);
    }

    @Benchmark
    public NaiveScreener.Result naiveJaroWinkler() {
        return naive.best(nextQuery());
    }
}
