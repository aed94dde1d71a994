package org.tradescreen.bench.match;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tradescreen.bench.SharedFiles;
import org.tradescreen.match.phonetic.CrossScriptSimilarity;
import org.tradescreen.match.phonetic.PhoneticToken;

/**
 * Time per comparison of a Latin token against a native token, on the first 1,024 rows of each
 * cross-script evaluation file, alternating true pairs and shifted non-pairs. {@code similarity} is the
 * screening loop (tokens prepared once); the naive baseline {@code prepareAndCompare} romanizes both
 * tokens on every comparison, which is what precomputing the keys saves.
 *
 * <pre>java -jar tradescreen-bench/target/benchmarks.jar CrossScriptSimilarityBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CrossScriptSimilarityBenchmark {

    private static final int ROWS = 1024;

    @Param({"arabic", "chinese", "hebrew", "katakana", "korean", "russian"})
    public String script;

    private final CrossScriptSimilarity similarity = CrossScriptSimilarity.standard();
    private final String[] latinText = new String[ROWS];
    private final String[] otherText = new String[ROWS];
    private final PhoneticToken[] latin = new PhoneticToken[ROWS];
    private final PhoneticToken[] other = new PhoneticToken[ROWS];

    @Setup
    public void setUp() throws IOException {
        List<String> lines = Files.readAllLines(SharedFiles.path("eval/cross-script/wd_" + script + "_20.tsv"),
                StandardCharsets.UTF_8);
        for (int i = 0; i < ROWS; i++) {
            String[] fields = lines.get(i).split("\t");
            latinText[i] = fields[0];
            otherText[i] = fields[1];
            latin[i] = similarity.prepare(latinText[i]);
            other[i] = similarity.prepare(otherText[i]);
        }
    }

    /** Odd rows meet the native token of the next row: a non-pair. */
    private static int partner(int i) {
        return (i & 1) == 0 ? i : (i + 1) % ROWS;
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public double similarity() {
        double sum = 0;
        for (int i = 0; i < ROWS; i++) {
            sum += similarity.similarity(latin[i], other[partner(i)]);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public double prepareAndCompare() {
        double sum = 0;
        for (int i = 0; i < ROWS; i++) {
            sum += similarity.similarity(latinText[i], otherText[partner(i)]);
        }
        return sum;
    }
}
