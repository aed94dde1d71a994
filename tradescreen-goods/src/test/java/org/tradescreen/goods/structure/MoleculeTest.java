package org.tradescreen.goods.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoleculeTest {

    @Test
    void structuresFarLargerThanAnyControlledSubstanceAreRefusedNotOverflowed() {
        // A chain of thousands of atoms overflowed CDK's recursive ring search; now it is a clear input error.
        assertThatThrownBy(() -> Molecule.smiles("C".repeat(100_000)))
                .isInstanceOf(StructureException.class).hasMessageContaining("100000 characters");
        assertThatThrownBy(() -> Molecule.smiles("C".repeat(1_999)))
                .isInstanceOf(StructureException.class).hasMessageContaining("about 1999 atoms");
        assertThat(Molecule.atomsIn("CCC(=O)N(C1CCN(CC1)CCc1ccccc1)c1ccccc1")).isEqualTo(25);
        assertThat(Molecule.atomsIn("[C@@H](Cl)(Br)[NH3+]")).isEqualTo(4);
        assertThatThrownBy(() -> Molecule.molfile("x".repeat(200_000)))
                .isInstanceOf(StructureException.class).hasMessageContaining("200000 characters");
        assertThat(Molecule.smiles("C".repeat(Molecule.MAX_ATOMS)).molecule().getAtomCount()).isEqualTo(Molecule.MAX_ATOMS);
    }
}
