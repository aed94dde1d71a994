package org.tradescreen.bench.goods;

import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tradescreen.bench.SharedFiles;
import org.tradescreen.goods.describe.GoodsQuery;
import org.tradescreen.goods.describe.GoodsScreener;
import org.tradescreen.goods.describe.GoodsResult;
import org.tradescreen.goods.structure.StructureClassifier;
import org.tradescreen.goods.structure.StructureResult;

/**
 * Goods screening speed: free-text descriptions (a mix of listed precursors by name, abbreviation and
 * CAS, with salt wording, and harmless goods) and structures (the 49 SMILES of molecules_dev.csv:
 * parse, strip salts, exact match, fentanyl class, precursor families). Per second, per thread.
 *
 * <pre>java -jar tradescreen-bench/target/benchmarks.jar GoodsBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GoodsBenchmark {

    private static final List<String> DESCRIPTIONS = List.of(
            "N-phenethyl-4-piperidone 99% white powder",
            "4-ANPP hydrochloride, 1 kg",
            "CAS 39742-60-4 pharmaceutical intermediate",
            "tert-butyl 4-(phenylamino)piperidine-1-carboxylate monohydrate",
            "4-piperidone monohydrate hydrochloride 25 kg drum",
            "1-boc-4-piperidone research chemical",
            "norfentanyl oxalate reference standard",
            "sodium chloride food grade 25 kg",
            "cotton t-shirts, 200 pieces",
            "stainless steel bolts M8",
            "acetone technical grade 200 l",
            "2933.39 heterocyclic compound, pharmaceutical use",
            "piperidine 99%",
            "4-aminopyridine 98% lab reagent",
            "propionic anhydride 500 ml",
            "mobile phone accessories, chargers and cables");

    private GoodsScreener screener;
    private StructureClassifier classifier;
    private final List<String> smiles = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    @Setup
    public void setUp() throws Exception {
        screener = GoodsScreener.bundled();
        classifier = StructureClassifier.bundled();
        try (Reader in = Files.newBufferedReader(SharedFiles.path("chem/molecules_dev.csv"))) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                smiles.add(r.get("smiles"));
            }
        }
    }

    @Benchmark
    public GoodsResult description() {
        return screener.screen(GoodsQuery.of(DESCRIPTIONS.get(Math.floorMod(next.getAndIncrement(),
                DESCRIPTIONS.size()))));
    }

    @Benchmark
    public StructureResult structure() {
        return classifier.classify(smiles.get(Math.floorMod(next.getAndIncrement(), smiles.size())));
    }
}
