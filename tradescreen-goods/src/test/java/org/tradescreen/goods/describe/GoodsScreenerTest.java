package org.tradescreen.goods.describe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradescreen.goods.catalog.Catalog;
import org.tradescreen.goods.catalog.Substance;
import org.tradescreen.goods.catalog.SubstanceKind;
import org.tradescreen.goods.structure.StructureClassifier;

/** Description screening; the cases are data. */
class GoodsScreenerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    private static final GoodsScreener SCREENER = new GoodsScreener(Catalog.bundled(), StructureClassifier.bundled(),
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    private static GoodsResult screen(String description) {
        return SCREENER.screen(GoodsQuery.of(description));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // listed precursors by name, synonym, abbreviation, CAS; a systematic name is read as a structure (OPSIN)
            "N-phenethyl-4-piperidone 99% white powder                 | n-phenethyl-4-piperidone | name",
            "n phenethyl 4-PIPERIDONE                                   | n-phenethyl-4-piperidone | name",
            "1-(2-phenylethyl)-4-piperidinone                            | n-phenethyl-4-piperidone | structure",
            "NPP                                                         | n-phenethyl-4-piperidone | abbreviation",
            "CAS 39742-60-4                                              | n-phenethyl-4-piperidone | cas",
            "4-ANPP hydrochloride                                        | 4-anilino-n-phenethylpiperidine | abbreviation",
            "ANPP, 25 kg drum                                            | 4-anilino-n-phenethylpiperidine | abbreviation",
            "despropionyl fentanyl                                       | 4-anilino-n-phenethylpiperidine | synonym",
            "4-AP                                                        | n-phenylpiperidin-4-amine | abbreviation",
            "4-anilinopiperidine dihydrochloride                         | n-phenylpiperidin-4-amine | structure",
            "CAS No. 23056-29-3                                          | n-phenylpiperidin-4-amine | cas",
            "tert-butyl 4-(phenylamino)piperidine-1-carboxylate monohydrate | tert-butyl-4-phenylamino-piperidine-1-carboxylate | name",
            "1-boc-4-AP                                                  | tert-butyl-4-phenylamino-piperidine-1-carboxylate | abbreviation",
            "1-BOC-4-AP 98%                                              | tert-butyl-4-phenylamino-piperidine-1-carboxylate | abbreviation",
            "N-Boc-4-anilinopiperidine                                   | tert-butyl-4-phenylamino-piperidine-1-carboxylate | structure",
            "norfentanyl HCl                                             | norfentanyl | name",
            "benzyl fentanyl                                             | n-1-benzylpiperidin-4-yl-n-phenylpropionamide | synonym",
            "4-piperidone monohydrate hydrochloride                      | piperidin-4-one | structure",
            "piperidin-4-one                                             | piperidin-4-one | name",
            "4,4-piperidinediol hydrochloride                            | piperidin-4-one | structure",
            "N-Boc-4-piperidone                                          | tert-butyl-4-oxopiperidine-1-carboxylate | structure",
            "79099-07-3                                                  | tert-butyl-4-oxopiperidine-1-carboxylate | cas",
            "4-Anilino-N-phenethylpiperidine                             | 4-anilino-n-phenethylpiperidine | name",
            "21409-26-7                                                  | 4-anilino-n-phenethylpiperidine | cas",
            "N-phenylpiperidin-4-amine                                   | n-phenylpiperidin-4-amine | name",
            "CAS 125541-22-2                                             | tert-butyl-4-phenylamino-piperidine-1-carboxylate | cas",
            "N-phenyl-N-(piperidin-4-yl)propanamide                      | norfentanyl | structure",
            "1609-66-1                                                   | norfentanyl | cas",
            "N-(1-Benzylpiperidin-4-yl)-N-phenylpropionamide             | n-1-benzylpiperidin-4-yl-n-phenylpropionamide | name",
            "1474-02-8                                                   | n-1-benzylpiperidin-4-yl-n-phenylpropionamide | cas",
            "41661-47-6                                                  | piperidin-4-one | cas",
            "tert-Butyl 4-oxopiperidine-1-carboxylate                    | tert-butyl-4-oxopiperidine-1-carboxylate | name",
            // near spellings
            "N-phenethyl-4-piperidon                                     | n-phenethyl-4-piperidone | structure",
            "tert butyl 4 (phenyl amino) piperidine 1 carboxylate        | tert-butyl-4-phenylamino-piperidine-1-carboxylate | name",
            "tert-butyl 4-oxopiperidin-1-carboxylate                     | tert-butyl-4-oxopiperidine-1-carboxylate | structure",
            "N‑phenethyl‑4‑piperidone (non-breaking hyphens)             | n-phenethyl-4-piperidone | name",
            "γ-butyrolactone                                             | gamma-butyrolactone | name",
            "ephedrine hydrochloride                                     | ephedrine | name"})
    void precursor(String description, String id, String basis) {
        GoodsResult r = screen(description);

        assertThat(r.classification()).isEqualTo(GoodsClass.PRECURSOR);
        assertThat(r.hits().get(0).id()).isEqualTo(id);
        assertThat(r.hits().get(0).basis().code()).isEqualTo(basis);
        assertThat(r.hits().get(0).controls()).isNotEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "sodium chloride",
            "4-aminopyridine",
            "4-aminopyridine 99%",
            "2-piperidone",
            "snpp anpp1 map",
            "npp",
            "capacitor 4-APX housing",
            "pharmaceutical intermediate",
            "polyethylene pellets, CAS 9002-88-4",
            "''"})
    void harmless(String description) {
        GoodsResult r = screen(description);

        assertThat(r.classification()).isEqualTo(GoodsClass.NONE);
        assertThat(r.hits()).isEmpty();
    }

    @Test
    void piperidineAlone_isPiperidineItselfAndNoFentanylPrecursor() {
        GoodsResult r = screen("piperidine");

        assertThat(r.hits()).extracting(GoodsHit::id).containsExactly("piperidine");
    }

    /** A drug found by name is classified by its catalog structure too: analogues are in the fentanyl-related class. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fentanyl citrate    | fentanyl                    | controlled",
            "carfentanil         | carfentanil                 | controlled",
            "Furanyl fentanyl    | furanyl-fentanyl            | fentanyl-related",
            "cyclopropylfentanyl | cyclopropyl-fentanyl        | fentanyl-related",
            "α-methylfentanyl    | alpha-methylfentanyl        | fentanyl-related",
            "4-FIBF              | 4-fluoroisobutyryl-fentanyl | fentanyl-related"})
    void listedDrug_isControlledOrFentanylRelated(String description, String id, String expected) {
        GoodsResult r = screen(description);

        assertThat(r.classification().code()).isEqualTo(expected);
        assertThat(r.hits().get(0).id()).isEqualTo(id);
    }

    /** Every name, synonym, abbreviation and CAS number of the catalog finds its own substance. */
    @Test
    void everyCatalogName_findsItsSubstance() {
        for (Substance s : Catalog.bundled().substances()) {
            if (s.kind() == SubstanceKind.CLASS) {
                continue;
            }
            List<String> queries = new ArrayList<>(List.of(s.name()));
            queries.addAll(s.synonyms());
            queries.addAll(s.abbreviations());
            s.cas().forEach(c -> queries.add(c.value()));
            for (String q : queries) {
                assertThat(screen(q).hits()).as(q).extracting(GoodsHit::id).contains(s.id());
            }
        }
    }

    @Test
    void salt_isStrippedForMatchingAndReported() {
        GoodsHit hit = screen("4-ANPP hydrochloride").hits().get(0);

        assertThat(hit.form()).containsExactly("hydrochloride");
        assertThat(hit.matched()).isEqualTo("4-ANPP");
    }

    @Test
    void exactName_winsOverANearSpellingOfALongerRun() {
        GoodsHit hit = screen("N-phenethyl-4-piperidone A").hits().get(0);

        assertThat(hit.score()).isEqualTo(GoodsScreener.EXACT);
        assertThat(hit.matched()).isEqualTo("N-phenethyl-4-piperidone");
    }

    @Test
    void invalidCas_isAWarningAndNeverAMatch() {
        GoodsResult r = screen("norfentanyl intermediate CAS 1609-66-5");

        assertThat(r.warnings()).contains("invalid CAS: 1609-66-5");
        assertThat(r.hits()).extracting(GoodsHit::basis).containsExactly(Basis.NAME);
        assertThat(SCREENER.screen(GoodsQuery.text(null, "39742-60-5", null, null)).hits()).isEmpty();
    }

    @Test
    void hsCodeAlone_isAWeakSignal() {
        GoodsResult r = screen("2933.39 pharmaceutical intermediate");

        assertThat(r.classification()).isEqualTo(GoodsClass.NONE);
        assertThat(r.hits()).isNotEmpty().allSatisfy(h -> {
            assertThat(h.basis()).isEqualTo(Basis.HS);
            assertThat(h.score()).isEqualTo(GoodsScreener.HS_SCORE);
        });
        assertThat(r.hits()).extracting(GoodsHit::id).contains("n-phenylpiperidin-4-amine", "piperidin-4-one");
        assertThat(SCREENER.screen(GoodsQuery.text(null, null, "2933370000", null)).hits())
                .extracting(GoodsHit::id).containsExactly("n-phenethyl-4-piperidone");
    }

    @Test
    void declaredCas_matches() {
        GoodsResult r = SCREENER.screen(GoodsQuery.text("white powder", "21409-26-7", null, null));

        assertThat(r.classification()).isEqualTo(GoodsClass.PRECURSOR);
        assertThat(r.hits().get(0).basis()).isEqualTo(Basis.CAS);
    }

    @ParameterizedTest(name = "{0} as of {1}: {2}")
    @CsvSource({
            "4-piperidone,        2023-05-11, none",
            "4-piperidone,        2023-05-12, precursor",
            "1-boc-4-piperidone,  2024-01-01, none",
            "1-boc-4-piperidone,  2025-10-01, precursor",
            "NPP,                 2007-04-22, none",
            "NPP,                 2007-04-23, precursor"})
    void asOf(String description, LocalDate asOf, String expected) {
        assertThat(SCREENER.screen(GoodsQuery.text(description, null, null, asOf)).classification().code())
                .isEqualTo(expected);
    }

    @Test
    void bocPiperidone_isNotUsControlledBefore2025_10_02ButTheFamilyCoverageIsSaid() {
        GoodsResult before = SCREENER.screen(GoodsQuery.text("1-boc-4-piperidone", null, null, LocalDate.of(2025, 10, 1)));
        GoodsResult after = SCREENER.screen(GoodsQuery.text("1-boc-4-piperidone", null, null, LocalDate.of(2025, 10, 2)));

        assertThat(before.hits().get(0).controls()).extracting(GoodsHit.HitControl::jurisdiction).doesNotContain("US");
        assertThat(before.warnings()).anyMatch(w -> w.contains("carbamate of 4-piperidone since 2023-05-12"));
        assertThat(after.hits().get(0).controls()).extracting(GoodsHit.HitControl::jurisdiction).contains("US");
    }

    @Test
    void unverifiedFacts_areMarked() {
        GoodsHit hit = screen("NPP").hits().get(0);

        assertThat(hit.controls()).filteredOn(c -> c.jurisdiction().equals("UN"))
                .singleElement().satisfies(c -> assertThat(c.unverified()).containsExactly("since"));
        assertThat(screen("benzylfentanyl").hits().get(0).casVerified()).isFalse();
    }

    @Test
    void randomText_neverFailsAndEmptyGivesNothing() {
        Random random = new Random(42);
        String alphabet = "abcNPP4-AP ,;/()0123456789.%αβ\t\u2011HClhydrate";
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(60); j > 0; j--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            GoodsResult r = SCREENER.screen(GoodsQuery.of(text.toString()));
            assertThat(r.classification()).isNotNull();
            assertThat(r.hits()).isNotNull().allSatisfy(h -> assertThat(h.score()).isBetween(0.0, 1.0));
        }
        GoodsResult empty = SCREENER.screen(GoodsQuery.text(null, null, null, null));
        assertThat(empty.hits()).isEmpty();
        assertThat(empty.asOf()).isEqualTo(TODAY);
    }

    @Test
    void distance_isBounded() {
        assertThat(GoodsScreener.distance("piperidone", "piperidine", 2)).isEqualTo(1);
        assertThat(GoodsScreener.distance("4piperidone", "2piperidine", 3)).isEqualTo(2);
        assertThat(GoodsScreener.distance("abc", "xyzuvw", 1)).isEqualTo(2);
        assertThat(GoodsScreener.distance("", "", 1)).isZero();
    }
}
