package org.tradescreen.goods.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SystematicNamesTest {

    private final SystematicNames names = new SystematicNames();
    private final StructureClassifier classifier = StructureClassifier.bundled();

    @Test
    void anUnlistedAnalogueByItsSystematicName_isReadAndClassified() {
        SystematicNames.Found found = names.find(
                "N-(4-fluorophenyl)-2-methoxy-N-[1-(2-phenylethyl)piperidin-4-yl]acetamide, white powder 98%").orElseThrow();

        assertThat(found.name()).isEqualTo("N-(4-fluorophenyl)-2-methoxy-N-[1-(2-phenylethyl)piperidin-4-yl]acetamide");
        StructureResult r = classifier.classify(found.smiles());
        assertThat(r.fentanylRelated()).isTrue();
        assertThat(r.modifications()).extracting(Enum::name).contains("D", "E");
    }

    @Test
    void acrylfentanylsSystematicName_isTheListedSubstance() {
        SystematicNames.Found found = names.find("N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]prop-2-enamide").orElseThrow();

        assertThat(classifier.classify(found.smiles()).listed()).isNotNull();
    }

    @Test
    void ordinaryWordsAreNoChemicalName() {
        assertThat(names.find("cotton t-shirts, 200 pieces")).isEmpty();
        assertThat(names.find("")).isEmpty();
    }

    @Test
    void piecesAreTriedLongestFirst() {
        assertThat(SystematicNames.pieces("2-methylpropan-1-ol technical grade").get(0))
                .isEqualTo("2-methylpropan-1-ol technical grade");
        assertThat(SystematicNames.pieces("2-methylpropan-1-ol technical grade")).contains("2-methylpropan-1-ol");
    }
}
