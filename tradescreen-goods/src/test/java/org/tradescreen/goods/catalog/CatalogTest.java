package org.tradescreen.goods.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradescreen.goods.cas.CasNumber;

/** The bundled catalog's facts (the bench module's {@code GeneratedResourcesTest} checks it is not stale). */
class CatalogTest {

    private static final Catalog CATALOG = Catalog.bundled();

    private static Substance byName(String name) {
        return CATALOG.substances().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void bundled_carriesEveryRowAsAControlOrAWatchEntry() {
        long controls = CATALOG.substances().stream().mapToLong(s -> s.controls().size()).sum();
        long watched = CATALOG.substances().stream().filter(s -> s.kind() == SubstanceKind.WATCH).count();
        // 131 rows: one China row controls two substances, and every watch row is its own substance.
        assertThat(controls + watched).isEqualTo(131 + 1);
    }

    @Test
    void everyCas_passesItsCheckDigit() {
        List<String> cas = CATALOG.substances().stream().flatMap(s -> s.cas().stream()).map(Fact::value).toList();
        assertThat(cas).isNotEmpty().allMatch(CasNumber::isValid);
    }

    @Test
    void rows_groupBySubstance() {
        Substance npp = byName("N-Phenethyl-4-piperidone");
        assertThat(npp.cas()).containsExactly(new Fact("39742-60-4", true));
        assertThat(npp.abbreviations()).containsExactly("NPP");
        assertThat(npp.controls()).extracting(Control::jurisdiction).containsExactly("US", "UN");
        assertThat(byName("Cyclopropyl fentanyl").controls()).extracting(Control::jurisdiction)
                .containsExactly("US", "UN");
        assertThat(byName("4-Fluoroisobutyryl fentanyl").synonyms()).contains("4-Fluoroisobutyrfentanyl");
        assertThat(byName("Pseudoephedrine")).isNotEqualTo(byName("Ephedrine"));
        assertThat(byName("Piperidin-4-one").controls()).extracting(Control::jurisdiction)
                .containsExactly("US", "UN", "CN");
    }

    @Test
    void unverifiedFields_becomeVerifiedFlags() {
        Substance anpp = byName("4-Anilino-N-phenethylpiperidine");
        assertThat(anpp.hs()).containsExactly(new Fact("2933.36", false));
        assertThat(anpp.controls().get(0).sinceVerified()).isTrue();
        assertThat(anpp.controls().get(1).sinceVerified()).as("UN: year only").isFalse();
        assertThat(anpp.controls().get(1).since()).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(byName("N-(1-Benzylpiperidin-4-yl)-N-phenylpropionamide")
                .cas()).containsExactly(new Fact("1474-02-8", false));
    }

    @Test
    void specificListing_isTheUsDateAndTheFamilyCoverageIsKeptApart() {
        Substance boc = byName("tert-Butyl 4-oxopiperidine-1-carboxylate");
        assertThat(boc.controls().get(0).since()).isEqualTo(LocalDate.of(2025, 10, 2));
        assertThat(boc.coverage()).containsExactly(new Coverage("carbamate", "4-piperidone", "US",
                LocalDate.of(2023, 5, 12)));
        assertThat(byName("tert-Butyl 4-(phenylamino)piperidine-1-carboxylate").controls().get(0).since())
                .isEqualTo(LocalDate.of(2022, 11, 9));
    }
}
