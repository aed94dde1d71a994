package org.tradescreen.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradescreen.bench.NaiveScreener;
import org.tradescreen.bench.SharedFiles;
import org.tradescreen.bench.consign.ExampleEnvironment;
import org.tradescreen.goods.describe.GoodsScreener;
import org.tradescreen.goods.structure.StructureClassifier;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.match.NameComparator;
import org.tradescreen.match.Screener;
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.match.score.Tuning;
import org.tradescreen.model.Entity;
import org.tradescreen.testkit.NeedsEvaluationSets;

/**
 * Regression floors on the development evaluation sets, a little below the figures recorded in
 * docs/quality.md, so that a change that makes matching worse fails the build. The full figures come
 * from {@link QualityReport}.
 */
@NeedsEvaluationSets
class QualityFloorsTest {

    private final NameComparator comparator = new NameComparator(NameAnalyzer.standard());

    @Test
    void namePairs_f1AtTheDefaultThreshold() throws Exception {
        Map<String, Metrics> m = NamePairEvaluation.run(SharedFiles.path("eval/name-pairs/name_bench_dev.csv"),
                comparator, Tuning.DEFAULT_THRESHOLD);

        assertThat(m.get("all").f1()).isGreaterThanOrEqualTo(0.88);
        assertThat(m.get("all").precision()).isGreaterThanOrEqualTo(0.90);
        // and on pairs the threshold was not chosen on (5 folds, 0.901 recorded)
        assertThat(NamePairEvaluation.crossValidated(SharedFiles.path("eval/name-pairs/name_bench_dev.csv"), comparator, 5)
                .getKey().f1()).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void unListedNamesWithTyposAndReordering_rightEntityOnTop() throws Exception {
        List<Entity> un = ListFormats.byName("un-xml").parse(SharedFiles.path("lists/un/UN_consolidated_2026-02-27.xml"),
                new ParseOptions("un-sc", true)).entities();
        Screener screener = new Screener(ScreeningIndex.build(un, NameAnalyzer.standard()));

        for (ListedRecallEvaluation.Result r : ListedRecallEvaluation.run(un, screener, new NaiveScreener(un), 400)) {
            assertThat((double) r.ours() / r.queries()).as(r.damage()).isGreaterThanOrEqualTo(0.99);
            assertThat(r.ours()).as(r.damage() + " against the naive baseline").isGreaterThanOrEqualTo(r.naive() - 2);
        }
    }

    @Test
    void peopleOnNoList_areRarelyFlagged() throws Exception {
        Screener screener = unAndSdn();

        NegativesEvaluation.Result r = NegativesEvaluation.run(SharedFiles.path("eval/screening/cgb_negatives_us.csv"),
                screener, Tuning.DEFAULT_THRESHOLD, 10_000);

        assertThat((double) r.flagged() / r.rows()).isLessThanOrEqualTo(0.002);
    }

    @Test
    void chineseAndKoreanPeopleOnNoList_areRarelyFlagged_spacedOrRunTogether() throws Exception {
        Screener screener = unAndSdn();

        NegativesEvaluation.Result global = NegativesEvaluation.run(
                SharedFiles.path("eval/screening/vr_negatives_global.csv"), screener, Tuning.DEFAULT_THRESHOLD, 1_000);
        NegativesEvaluation.Result together = NegativesEvaluation.run(
                SharedFiles.path("eval/screening/cgb_negatives_us.csv"), screener, Tuning.DEFAULT_THRESHOLD, 20_000,
                NegativesEvaluation.Writing.RUN_TOGETHER);

        global.byScript().forEach((script, c) -> assertThat((double) c[1] / c[0]).as(script).isLessThanOrEqualTo(0.003));
        together.byScript().forEach((script, c) -> assertThat((double) c[1] / c[0]).as(script + " run together")
                .isLessThanOrEqualTo(0.003));
    }

    @Test
    void eachKindOfVariationIsFoundAndRarelyRanksAnotherEntityFirst() throws Exception {
        Map<String, VariationKindsEvaluation.Result> kinds = new java.util.HashMap<>();
        Screener screener = unAndSdn();
        VariationKindsEvaluation.run(listed, screener, Tuning.DEFAULT_THRESHOLD, 300, Map.of("international", "intl",
                "national", "natl", "technology", "tech")).forEach(r -> kinds.put(r.kind(), r));
        VariationKindsEvaluation.Result wadeGiles = VariationKindsEvaluation.wadeGiles(
                SharedFiles.path("eval/screening/cgb_negatives_us.csv"), comparator, Tuning.DEFAULT_THRESHOLD, 300);

        Map<String, Double> floors = Map.of("initials", 0.90, "truncated", 0.40, "inflected", 0.95,
                "letters swapped", 0.83, "numbers", 0.95);
        floors.forEach((kind, floor) -> {
            VariationKindsEvaluation.Result r = kinds.get(kind);
            assertThat((double) r.found() / r.queries()).as(kind).isGreaterThanOrEqualTo(floor);
            assertThat((double) r.wrong() / r.queries()).as(kind + ", another entity first").isLessThanOrEqualTo(0.12);
        });
        assertThat((double) wadeGiles.found() / wadeGiles.queries()).isGreaterThanOrEqualTo(0.92);
        assertThat((double) wadeGiles.wrong() / wadeGiles.queries()).isLessThanOrEqualTo(0.03);
    }

    private static List<Entity> listed;
    private static Screener unAndSdn;

    /** UN and SDN, parsed and compiled once for the tests that screen against them. */
    private static synchronized Screener unAndSdn() throws java.io.IOException {
        if (unAndSdn == null) {
            listed = new java.util.ArrayList<>();
            listed.addAll(ListFormats.byName("un-xml").parse(SharedFiles.path("lists/un/UN_consolidated_2026-02-27.xml"),
                    new ParseOptions("un-sc", true)).entities());
            listed.addAll(ListFormats.byName("ofac-csv").parse(SharedFiles.path("lists/ofac-sdn-series/sdn_2024-05-03.csv"),
                    new ParseOptions("us-ofac-sdn", true)).entities());
            unAndSdn = new Screener(ScreeningIndex.build(listed, NameAnalyzer.standard()));
        }
        return unAndSdn;
    }

    @Test
    void ofacMode_agreesWithOfacsOwnScores() throws Exception {
        double[] r = OfacAgreementEvaluation.run(SharedFiles.path("eval/name-pairs/ofac2021_fixtures.csv"));

        assertThat(r[0]).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void goods_moleculesAndWrittenDescriptionsAreClassifiedRight() throws Exception {
        StructureClassifier classifier = StructureClassifier.bundled();
        GoodsEvaluation.Result molecules = GoodsEvaluation.molecules(SharedFiles.path("chem/molecules_dev.csv"), classifier);
        GoodsEvaluation.Result descriptions = GoodsEvaluation.descriptions(GoodsScreener.bundled());

        molecules.bySlice().forEach((slice, c) -> {
            if (slice.contains("high")) {
                assertThat(c[0]).as(slice).isEqualTo(c[1]);
            }
        });
        assertThat((double) molecules.bySlice().get("all")[0] / molecules.bySlice().get("all")[1]).isGreaterThanOrEqualTo(0.9);
        assertThat(descriptions.disagreements()).isEmpty();
    }

    @Test
    void consignments_exampleManifestsAreDecidedRight() throws Exception {
        try (ExampleEnvironment environment = new ExampleEnvironment()) {
            ConsignmentEvaluation.Result dev = ConsignmentEvaluation.run(environment, "consignments");
            ConsignmentEvaluation.Result holdout = ConsignmentEvaluation.run(environment, "consignments-holdout");

            assertThat(dev.wrong()).isEmpty();
            assertThat(holdout.holdCleared()).as("HOLD-worthy consignments cleared").isZero();
            assertThat(holdout.clearHeld()).as("clear consignments held").isZero();
            assertThat(holdout.right()).as(String.join("; ", holdout.wrong())).isGreaterThanOrEqualTo(holdout.total() - 1);
        }
    }
}
