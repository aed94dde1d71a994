package org.tradescreen.bench.monitor;

import java.nio.file.Path;
import org.tradescreen.monitor.CounterpartyIndex;

/**
 * The heap a counterparty index holds: the index file a data directory keeps (after {@code counterparties import}),
 * loaded, measured as the used heap after full collections, before and after.
 *
 * <pre>java -cp tradescreen-bench/target/benchmarks.jar org.tradescreen.bench.monitor.CounterpartyIndexFootprint DATA_DIR</pre>
 */
public final class CounterpartyIndexFootprint {

    private CounterpartyIndexFootprint() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]).resolve("monitor").resolve("counterparty-index.bin");
        long before = used();
        long start = System.nanoTime();
        CounterpartyIndex index = CounterpartyIndex.load(file).orElseThrow(
                () -> new IllegalStateException("no counterparty index at " + file));
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        long after = used();
        System.out.printf("%d counterparties, %d distinct words: %.0f MB of heap; loaded in %d ms%n", index.size(),
                index.terms(), (after - before) / 1e6, loadMillis);
        System.out.println(index.counterparty(0).id()); // keeps the index reachable until measured
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
