package org.tradescreen.goods.describe;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tradescreen.goods.structure.Modification;
import org.tradescreen.goods.structure.StructureResult;

/**
 * The {@code structure} object of the {@code goods} result (CONTRACTS.md).
 *
 * @param precursorFamily null when the structure is in no fentanyl precursor family
 * @param scaffoldAtoms   which atoms matched the fentanyl scaffold, as 0-based positions of atoms in
 *                        {@code smiles}; empty without a match
 */
public record GoodsStructure(String smiles, boolean fentanylRelated, List<Modification> modifications,
                             @Nullable String precursorFamily, List<Integer> scaffoldAtoms) {

    /** The output view of a classified structure. */
    public static GoodsStructure of(StructureResult r) {
        return new GoodsStructure(r.smiles(), r.fentanylRelated(), List.copyOf(r.modifications()),
                r.precursorFamily(), r.scaffoldAtoms());
    }
}
