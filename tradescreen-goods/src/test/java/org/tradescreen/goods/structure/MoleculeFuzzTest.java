package org.tradescreen.goods.structure;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Structures as goods screening takes them: SMILES, InChI or molfile text, parsed and classified against the
 * bundled catalog. The property: a structure is classified, or refused with a {@link StructureException} that names
 * the format and the input; nothing else escapes (no CDK or InChI library exception, no stack overflow on a long
 * chain), and nothing hangs (the per-input timeout of a long run).
 *
 * <p>An input is the text followed by one byte, read first from the end: 0 SMILES, 1 InChI, 2 molfile.
 */
class MoleculeFuzzTest {

    private static final String[] FORMATS = {"SMILES", "InChI", "molfile"};
    private static StructureClassifier classifier;

    @FuzzTest(maxDuration = "10m")
    void structures(FuzzedDataProvider data) {
        int format = data.consumeInt(0, 2);
        String text = data.consumeRemainingAsString();
        Molecule molecule;
        try {
            molecule = switch (format) {
                case 0 -> Molecule.smiles(text);
                case 1 -> Molecule.inchi(text);
                default -> Molecule.molfile(text);
            };
        } catch (StructureException e) {
            assertThat(e.getMessage()).startsWith("cannot read " + FORMATS[format] + " '");
            return;
        }
        assertThat(molecule.molecule().getAtomCount()).isBetween(1, Molecule.MAX_ATOMS);
        assertThat(molecule.smiles()).isNotBlank();
        StructureResult result = classifier().classify(molecule);
        assertThat(result).isNotNull();
    }

    private static synchronized StructureClassifier classifier() {
        if (classifier == null) {
            classifier = StructureClassifier.bundled();
        }
        return classifier;
    }
}
