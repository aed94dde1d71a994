package org.tradescreen.bench.quality;

import java.nio.file.Path;
import java.util.List;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.match.Screener;
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.model.Entity;

/**
 * The UN listed names of the quality report, found among the millions of made-up parties of a generated
 * OpenSanctions-size file ({@code bench.generate.SanctionsDataset}, whose real UN entries come first): the same damaged
 * queries, the same recall@1, with the whole file indexed, so that what a large list does to matching shows.
 *
 * <pre>java -Xmx8g -cp tradescreen-bench/target/benchmarks.jar org.tradescreen.bench.quality.LargeListQuality FILE.ftm.json</pre>
 */
public final class LargeListQuality {

    private LargeListQuality() {
    }

    public static void main(String[] args) throws Exception {
        List<Entity> all = ListFormats.byName("ftm-json").parse(Path.of(args[0]), new ParseOptions("generated", true))
                .entities();
        List<Entity> un = all.stream().filter(e -> e.sourceId().startsWith("real-un-sc-")).toList();
        long t0 = System.nanoTime();
        Screener screener = new Screener(ScreeningIndex.build(all, NameAnalyzer.standard()));
        System.out.printf("%,d entities (%,d of them UN entries), index built in %.1f s%n", all.size(), un.size(),
                (System.nanoTime() - t0) / 1e9);
        System.out.println("| damage | queries | recall@1 |");
        System.out.println("|---|---|---|");
        for (ListedRecallEvaluation.Result r : ListedRecallEvaluation.run(un, screener, null, 1_000)) {
            System.out.printf("| %s | %d | %.4f |%n", r.damage(), r.queries(), r.ours() / (double) r.queries());
        }
    }
}
