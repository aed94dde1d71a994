package org.tradescreen.goods.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The structure rules and each grey-zone policy, one case each. */
class StructureClassifierTest {

    private static final StructureClassifier CLASSIFIER = StructureClassifier.bundled();

    @Test
    void badSmilesNamesTheInputAndTheProblem() {
        assertThatThrownBy(() -> Molecule.smiles("CCC(=O"))
                .isInstanceOf(StructureException.class)
                .hasMessageStartingWith("cannot read SMILES 'CCC(=O':");
        assertThatThrownBy(() -> Molecule.smiles(" ")).hasMessageContaining("empty");
    }

    @Test
    void badMolfileNamesTheProblem() {
        assertThatThrownBy(() -> Molecule.molfile("not a molfile")).isInstanceOf(StructureException.class)
                .hasMessageStartingWith("cannot read molfile 'not a molfile':");
    }

    @Test
    void molfileIsReadLikeSmiles() {
        String piperidone = """
                4-piperidone
                  handmade

                  7  7  0  0  0  0  0  0  0  0999 V2000
                    0.0000    0.0000    0.0000 N   0  0  0  0  0  0  0  0  0  0  0  0
                    1.2000    0.7000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
                    1.2000    2.1000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
                    0.0000    2.8000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
                   -1.2000    2.1000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
                   -1.2000    0.7000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
                    0.0000    4.2000    0.0000 O   0  0  0  0  0  0  0  0  0  0  0  0
                  1  2  1  0
                  2  3  1  0
                  3  4  1  0
                  4  5  1  0
                  5  6  1  0
                  6  1  1  0
                  4  7  2  0
                M  END
                """;
        assertThat(Molecule.molfile(piperidone).smiles()).isEqualTo(Molecule.smiles("O=C1CCNCC1").smiles());
    }

    @Test
    void saltsAndSolventsGoTheLargestOrganicFragmentStays() {
        Molecule m = Molecule.smiles("CC(=O)N(c1ccccc1)C1CC[NH+](CCc2ccccc2)CC1.[Cl-].O");
        assertThat(m.smiles()).isEqualTo(Molecule.smiles("CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1").smiles());
        assertThat(m.stripped()).hasSize(2);
        assertThat(CLASSIFIER.classify(m).policies()).contains(StructurePolicy.SALT_OR_HYDRATE);
    }

    @Test
    void piperidoneHydrateIsPiperidone() {
        StructureResult r = CLASSIFIER.classify("OC1(O)CCNCC1.Cl");
        assertThat(r.smiles()).isEqualTo(Molecule.smiles("O=C1CCNCC1").smiles());
        assertThat(r.precursorFamily()).isEqualTo(PrecursorFamily.FOUR_PIPERIDONE.label());
        assertThat(r.listed()).isNotNull();
        assertThat(r.policies()).containsExactly(StructurePolicy.SALT_OR_HYDRATE);
    }

    @Test
    void exactStructureFindsTheCatalogSubstance() {
        StructureResult r = CLASSIFIER.classify("C1CN(CCc2ccccc2)CCC1=O");
        assertThat(r.listed().name()).isEqualTo("N-Phenethyl-4-piperidone");
        assertThat(r.precursorFamily()).isEqualTo("NPP");
    }

    @Test
    void fentanylAndTheScheduleIIDrugsAreOutsideTheClass() {
        StructureResult fentanyl = CLASSIFIER.classify("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1");
        assertThat(fentanyl.fentanylRelated()).isFalse();
        assertThat(fentanyl.modifications()).isEmpty();
        StructureResult sufentanil = CLASSIFIER.classify("CCC(=O)N(c1ccccc1)C1(COC)CCN(CCc2cccs2)CC1");
        assertThat(sufentanil.fentanylRelated()).isFalse();
        assertThat(sufentanil.modifications()).containsExactly(Modification.A, Modification.C);
        assertThat(sufentanil.policies()).contains(StructurePolicy.LISTED_ELSEWHERE);
    }

    @Test
    void eachModificationIsNamed() {
        assertThat(CLASSIFIER.classify("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccco2)CC1").modifications())
                .containsExactly(Modification.A);
        assertThat(CLASSIFIER.classify("CCC(=O)N(c1ccccc1)C1CCN(C(C)Cc2ccccc2)CC1").modifications())
                .containsExactly(Modification.B);
        assertThat(CLASSIFIER.classify("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1C").modifications())
                .containsExactly(Modification.C);
        assertThat(CLASSIFIER.classify("CCC(=O)N(c1ccncc1)C1CCN(CCc2ccccc2)CC1").modifications())
                .containsExactly(Modification.D);
        StructureResult acryl = CLASSIFIER.classify("C=CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1");
        assertThat(acryl.modifications()).containsExactly(Modification.E);
        assertThat(acryl.fentanylRelated()).isTrue();
    }

    @Test
    void policyChainExtensionIsOutside() {
        StructureResult r = CLASSIFIER.classify("CCC(=O)N(c1ccccc1)C1CCN(CCCc2ccccc2)CC1");
        assertThat(r.fentanylRelated()).isFalse();
        assertThat(r.policies()).containsExactly(StructurePolicy.CHAIN_EXTENSION);
    }

    @Test
    void policyRingOnThePiperidineIsOutside() {
        StructureResult r = CLASSIFIER.classify("CCC(=O)N(c1ccccc1)C1(c2ccccc2)CCN(CCc2ccccc2)CC1");
        assertThat(r.fentanylRelated()).isFalse();
        assertThat(r.policies()).containsExactly(StructurePolicy.PIPERIDINE_RING_SUBSTITUENT);
    }

    @Test
    void policyCarbamatesAndUreasAreAcyl() {
        StructureResult carbamate = CLASSIFIER.classify("COC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1");
        StructureResult urea = CLASSIFIER.classify("CN(C)C(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1");
        for (StructureResult r : new StructureResult[] {carbamate, urea}) {
            assertThat(r.fentanylRelated()).isTrue();
            assertThat(r.modifications()).containsExactly(Modification.E);
            assertThat(r.policies()).containsExactly(StructurePolicy.CARBAMATE_OR_UREA_AS_ACYL);
        }
    }

    @Test
    void policyNonAromaticRingCountsForThePhenethylOnly() {
        StructureResult cyclohexylethyl = CLASSIFIER.classify("CCC(=O)N(c1ccccc1)C1CCN(CCC2CCCCC2)CC1");
        assertThat(cyclohexylethyl.fentanylRelated()).isTrue();
        assertThat(cyclohexylethyl.modifications()).containsExactly(Modification.A);
        assertThat(cyclohexylethyl.policies()).containsExactly(StructurePolicy.NON_AROMATIC_PHENETHYL_RING);

        StructureResult cyclohexylAmide = CLASSIFIER.classify("CCC(=O)N(C1CCCCC1)C1CCN(CCc2ccccc2)CC1");
        assertThat(cyclohexylAmide.fentanylRelated()).isFalse();

        StructureResult naphthyl = CLASSIFIER.classify("CCC(=O)N(c1ccc2ccccc2c1)C1CCN(CCc2ccccc2)CC1");
        assertThat(naphthyl.fentanylRelated()).isFalse();
        assertThat(naphthyl.policies()).contains(StructurePolicy.NOT_AN_ALLOWED_RING);
    }

    @Test
    void substitutedPhenethylPhenylIsB() {
        StructureResult r = CLASSIFIER.classify("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccc(F)cc2)CC1");
        assertThat(r.modifications()).containsExactly(Modification.B);
        assertThat(r.policies()).containsExactly(StructurePolicy.SUBSTITUTED_PHENETHYL_PHENYL);
    }

    @Test
    void precursorFamilies() {
        assertThat(CLASSIFIER.classify("CCOC(=O)N1CCC(Nc2ccccc2)CC1").precursorFamily())
                .isEqualTo(PrecursorFamily.FOUR_AP.label());
        assertThat(CLASSIFIER.classify("C1CC(CCN1)Nc1ccc(Br)cc1").precursorFamily())
                .isEqualTo(PrecursorFamily.FOUR_AP.label());
        assertThat(CLASSIFIER.classify("C1CC(CCN1)Nc1ccc(C)cc1").precursorFamily()).isNull();
        assertThat(CLASSIFIER.classify("C1CN(CCC12OCCO2)C(=O)C").precursorFamily())
                .isEqualTo(PrecursorFamily.FOUR_PIPERIDONE.label());
        assertThat(CLASSIFIER.classify("O=C1CCN(Cc2ccccc2)CC1").precursorFamily()).isNull();
        assertThat(CLASSIFIER.classify("CC(C)(C)OC(=O)N1CCC(=O)CC1").precursorFamily())
                .isEqualTo("1-boc-4-piperidone");
        assertThat(CLASSIFIER.classify("C1CN(CCC1Nc1ccccc1)CCc1ccccc1").precursorFamily()).isEqualTo("ANPP");
    }
}
