package org.tradescreen.bench.match;

import java.util.List;
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.model.Entity;

/**
 * Heap held by a compiled screening index: used heap after a full GC with the index alive, minus the
 * same with only the entities alive. For all real lists and for a synthetic list of N names.
 *
 * <pre>java -Xmx8g -cp tradescreen-bench/target/benchmarks.jar org.tradescreen.bench.match.IndexFootprint [N]</pre>
 */
public final class IndexFootprint {

    private IndexFootprint() {
    }

    public static void main(String[] args) throws Exception {
        report("all real lists", BenchLists.realLists());
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        report(n + " synthetic names", BenchLists.synthetic(n, 42));
    }

    private static void report(String what, List<Entity> entities) {
        long before = usedAfterGc();
        long t0 = System.nanoTime();
        ScreeningIndex index = ScreeningIndex.build(entities, NameAnalyzer.standard());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long after = usedAfterGc();
        System.out.printf("%s: %,d entities, %,d names, built in %,d ms (first build in this JVM), index heap %,d MB%n",
                what, index.entityCount(), index.size(), ms, (after - before) >> 20);
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
