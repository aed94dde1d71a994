package org.tradescreen.goods.structure;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tradescreen.goods.catalog.Substance;

/**
 * What a structure is.
 *
 * @param smiles          canonical SMILES of the classified (largest organic) fragment
 * @param fentanylRelated in the US fentanyl-related-substance class: related by A–E and not listed elsewhere
 * @param modifications   the modifications relative to fentanyl, also for excluded drugs (carfentanil: C)
 * @param precursorFamily the fentanyl precursor family or named precursor, or null
 * @param scaffoldAtoms   the atoms that matched the fentanyl scaffold, as 0-based positions of atoms in
 *                        {@code smiles} (in the order they are written there); empty without a match
 * @param listed          the catalog substance of identical structure, or null
 * @param policies        the grey-zone policies that decided the result
 */
public record StructureResult(String smiles, boolean fentanylRelated, Set<Modification> modifications,
                              @Nullable String precursorFamily, @Nullable Substance listed, List<StructurePolicy> policies,
                              List<Integer> scaffoldAtoms) {
}
