package org.tradescreen.bench.quality;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tradescreen.bench.NaiveScreener;
import org.tradescreen.bench.SharedFiles;
import org.tradescreen.bench.consign.ExampleEnvironment;
import org.tradescreen.goods.describe.GoodsScreener;
import org.tradescreen.goods.structure.StructureClassifier;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.match.NameComparator;
import org.tradescreen.match.Screener;
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.match.score.Tuning;
import org.tradescreen.model.Entity;

/**
 * The matching-quality harness: runs every evaluation set in {@code ../shared/data/eval/} and prints one
 * Markdown table (the one in {@code docs/quality.md}).
 *
 * <pre>
 * mvn -q package -DskipTests -pl tradescreen-bench -am
 * java -cp tradescreen-bench/target/benchmarks.jar org.tradescreen.bench.quality.QualityReport
 * </pre>
 */
public final class QualityReport {

    private QualityReport() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println(run(Integer.MAX_VALUE, Integer.MAX_VALUE).markdown());
    }

    /** All sections; the two limits cap the largest sets (for quick runs and tests). */
    static ReportTable run(int maxListed, int maxNegatives) throws IOException {
        double threshold = Tuning.DEFAULT_THRESHOLD;
        ReportTable table = new ReportTable();
        NameComparator comparator = new NameComparator(NameAnalyzer.standard());

        Map<String, Metrics> pairs = NamePairEvaluation.run(SharedFiles.path("eval/name-pairs/name_bench_dev.csv"),
                comparator, threshold);
        for (Map.Entry<String, Metrics> e : pairs.entrySet()) {
            Metrics m = e.getValue();
            String goal = e.getKey().equals("all") ? "F1 >= 0.90" : "";
            table.add("name pairs", e.getKey(), "P / R / F1", String.format("%.3f / %.3f / %.3f", m.precision(),
                    m.recall(), m.f1()), goal, String.valueOf(m.total()));
        }

        for (int folds : new int[] {5, 0}) {
            Map.Entry<Metrics, List<Double>> cv = NamePairEvaluation.crossValidated(
                    SharedFiles.path("eval/name-pairs/name_bench_dev.csv"), comparator, folds);
            Metrics m = cv.getKey();
            table.add("name pairs", folds > 0 ? "cross-validated, 5 folds" : "cross-validated, leave one case group out",
                    "P / R / F1 (thresholds chosen)", String.format("%.3f / %.3f / %.3f (%s)", m.precision(), m.recall(),
                            m.f1(), cv.getValue().stream().map(t -> String.format("%.2f", t)).distinct().sorted()
                                    .collect(java.util.stream.Collectors.joining(", "))), "", String.valueOf(m.total()));
        }

        for (String script : List.of("arabic", "chinese", "hebrew", "katakana", "korean", "russian")) {
            double[] r = CrossScriptEvaluation.run(SharedFiles.path("eval/cross-script/wd_" + script + "_20.tsv"),
                    comparator, threshold);
            table.add("cross-script tokens", script, "recall / FPR", String.format("%.3f / %.4f", r[0], r[1]),
                    "recall >= 0.90 at FPR <= 0.01", String.valueOf((int) r[2]));
        }

        List<Entity> un = parse("un-xml", "lists/un/UN_consolidated_2026-02-27.xml", "un-sc");
        Screener unScreener = new Screener(ScreeningIndex.build(un, NameAnalyzer.standard()));
        for (ListedRecallEvaluation.Result r : ListedRecallEvaluation.run(un, unScreener, new NaiveScreener(un),
                maxListed)) {
            table.add("UN listed names", r.damage(), "recall@1 ours / naive JW",
                    String.format("%.4f / %.4f", (double) r.ours() / r.queries(), (double) r.naive() / r.queries()),
                    "ours >= 0.995", String.valueOf(r.queries()));
        }

        List<Entity> lists = new ArrayList<>(un);
        lists.addAll(parse("ofac-csv", "lists/ofac-sdn-series/sdn_2024-05-03.csv", "us-ofac-sdn"));
        lists.addAll(parse("ofac-cons-csv", "lists/ofac-cons-2025-12-19", "us-ofac-cons"));
        Screener all = new Screener(ScreeningIndex.build(lists, NameAnalyzer.standard()));
        NegativesEvaluation.Result neg = NegativesEvaluation.run(
                SharedFiles.path("eval/screening/cgb_negatives_us.csv"), all, threshold, maxNegatives);
        table.add("negatives vs UN+SDN+non-SDN", "with DOB and nationality", "flagged",
                (double) neg.flagged() / neg.rows(), "<= 0.002", neg.rows());
        table.add("negatives vs UN+SDN+non-SDN", "name only", "flagged", (double) neg.flaggedByName() / neg.rows(),
                "", neg.rows());
        table.add("negatives vs UN+SDN+non-SDN", "with DOB and nationality", "queries/s, 1 thread",
                String.format("%.0f", neg.queriesPerSecond()), "", String.valueOf(neg.rows()));
        for (String set : List.of("cgb_negatives_us", "vr_negatives_us", "vr_negatives_global")) {
            NegativesEvaluation.Result r = set.equals("cgb_negatives_us") ? neg : NegativesEvaluation.run(
                    SharedFiles.path("eval/screening/" + set + ".csv"), all, threshold, maxNegatives);
            r.byScript().forEach((script, c) -> table.add("negatives by script", set + " " + script.toLowerCase(),
                    "flagged", (double) c[1] / c[0], "<= 0.002", c[0]));
        }
        NegativesEvaluation.Result together = NegativesEvaluation.run(
                SharedFiles.path("eval/screening/cgb_negatives_us.csv"), all, threshold, maxNegatives,
                NegativesEvaluation.Writing.RUN_TOGETHER);
        together.byScript().forEach((script, c) -> table.add("negatives by script",
                "cgb_negatives_us " + script.toLowerCase() + ", family name first, run together", "flagged",
                (double) c[1] / c[0], "<= 0.002", c[0]));

        for (VariationKindsEvaluation.Result r : VariationKindsEvaluation.run(lists, all, threshold,
                Math.min(maxListed, 1000), abbreviations())) {
            table.add("kinds of variation", r.kind(), "found / another entity ranked above",
                    String.format("%.3f / %.3f", (double) r.found() / r.queries(), (double) r.wrong() / r.queries()),
                    "", String.valueOf(r.queries()));
        }
        VariationKindsEvaluation.Result wadeGiles = VariationKindsEvaluation.wadeGiles(
                SharedFiles.path("eval/screening/cgb_negatives_us.csv"), comparator, threshold, 1000);
        table.add("kinds of variation", wadeGiles.kind(), "found / other name, same family name, matched",
                String.format("%.3f / %.3f", (double) wadeGiles.found() / wadeGiles.queries(),
                        (double) wadeGiles.wrong() / wadeGiles.queries()), "", String.valueOf(wadeGiles.queries()));

        StructureClassifier classifier = StructureClassifier.bundled();
        GoodsEvaluation.Result molecules = GoodsEvaluation.molecules(SharedFiles.path("chem/molecules_dev.csv"), classifier);
        molecules.bySlice().forEach((slice, c) -> table.add("goods: molecules_dev", slice, "right",
                c[0] + " / " + c[1], slice.contains("high") ? "all" : slice.equals("all") ? ">= 0.90 of the rest" : "",
                String.valueOf(c[1])));
        GoodsEvaluation.Result descriptions = GoodsEvaluation.descriptions(GoodsScreener.bundled());
        descriptions.bySlice().forEach((slice, c) -> table.add("goods: written descriptions", slice, "right",
                c[0] + " / " + c[1], "", String.valueOf(c[1])));
        molecules.disagreements().forEach(d -> System.err.println("molecule disagreement: " + d));
        descriptions.disagreements().forEach(d -> System.err.println("description disagreement: " + d));

        double[] ofac = OfacAgreementEvaluation.run(SharedFiles.path("eval/name-pairs/ofac2021_fixtures.csv"));
        table.add("OFAC mode", "ofac2021 fixtures", "within +-5 points", ofac[0], ">= 0.90", (int) ofac[1]);

        try (ExampleEnvironment environment = new ExampleEnvironment()) {
            for (String manifest : List.of("consignments", "consignments-holdout")) {
                ConsignmentEvaluation.Result r = ConsignmentEvaluation.run(environment, manifest);
                table.add("consignments", manifest, "right / HOLD cleared / CLEAR held",
                        r.right() + " / " + r.holdCleared() + " / " + r.clearHeld(), ">= 44 of 46 / 0 / 0",
                        String.valueOf(r.total()));
                r.wrong().forEach(w -> System.err.println(manifest + " disagreement: " + w));
            }
        }
        return table;
    }

    /** The long forms of {@code common-words.tsv} that are one word, each with its abbreviation. */
    private static Map<String, String> abbreviations() throws IOException {
        Map<String, String> out = new java.util.HashMap<>();
        try (var in = QualityReport.class.getResourceAsStream("/org/tradescreen/match/normalize/common-words.tsv")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length == 2 && !f[1].contains(" ")) {
                    out.putIfAbsent(f[1].strip(), f[0].strip());
                }
            }
        }
        return out;
    }

    private static List<Entity> parse(String format, String file, String source) throws IOException {
        Path path = SharedFiles.path(file);
        return ListFormats.byName(format).parse(path, new ParseOptions(source, true)).entities();
    }
}
