package org.tradescreen.goods.structure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradescreen.goods.catalog.Catalog;
import org.tradescreen.goods.catalog.Substance;
import org.tradescreen.goods.catalog.SubstanceKind;

/**
 * Classifies a structure: exact match against the catalog, the fentanyl-related-substance class and the
 * fentanyl precursor families. Catalog keys are computed once, at construction.
 */
public final class StructureClassifier {

    /**
     * Structurally fentanyl or within A–E of it, but scheduled by name and so outside the class (STORY.md). Held
     * here rather than read from the catalog because the exclusion is part of the class definition.
     */
    private static final Map<String, String> LISTED_ELSEWHERE = Map.of(
            "fentanyl", "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
            "carfentanil", "CCC(=O)N(c1ccccc1)C1(C(=O)OC)CCN(CCc2ccccc2)CC1",
            "sufentanil", "CCC(=O)N(c1ccccc1)C1(COC)CCN(CCc2cccs2)CC1",
            "alfentanil", "CCC(=O)N(c1ccccc1)C1(COC)CCN(CCn2nnn(CC)c2=O)CC1",
            "remifentanil", "CCC(=O)N(c1ccccc1)C1(C(=O)OC)CCN(CCC(=O)OC)CC1");

    /** Fentanyl precursors listed by name, matched by exact structure before the families. */
    private static final Map<String, String> NAMED_PRECURSORS = namedPrecursors();

    private final Set<String> excluded = new HashSet<>();
    private final Map<String, String> named = new HashMap<>();
    private final Map<String, Substance> catalogByKey = new HashMap<>();

    /** Indexes the structures of {@code catalog}. */
    public StructureClassifier(Catalog catalog) {
        LISTED_ELSEWHERE.values().forEach(s -> excluded.add(Molecule.smiles(s).smiles()));
        NAMED_PRECURSORS.forEach((name, s) -> named.put(Molecule.smiles(s).smiles(), name));
        for (Substance s : catalog.substances()) {
            if (s.smiles() != null && s.smiles().value() != null && s.kind() != SubstanceKind.CLASS) {
                // A catalog SMILES that CDK cannot read is a catalog bug; fail loudly at start-up.
                catalogByKey.putIfAbsent(Molecule.smiles(s.smiles().value()).smiles(), s);
            }
        }
    }

    /** A classifier of the bundled catalog. */
    public static StructureClassifier bundled() {
        return new StructureClassifier(Catalog.bundled());
    }

    private static Map<String, String> namedPrecursors() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("NPP", "O=C1CCN(CCc2ccccc2)CC1");
        m.put("ANPP", "C1CN(CCC1Nc1ccccc1)CCc1ccccc1");
        m.put("norfentanyl", "CCC(=O)N(c1ccccc1)C1CCNCC1");
        m.put("benzylfentanyl", "CCC(=O)N(c1ccccc1)C1CCN(Cc2ccccc2)CC1");
        m.put("1-boc-4-AP", "CC(C)(C)OC(=O)N1CCC(Nc2ccccc2)CC1");
        m.put("1-boc-4-piperidone", "CC(C)(C)OC(=O)N1CCC(=O)CC1");
        // The acylating agent of the usual fentanyl routes, List I for that reason.
        m.put("propionic anhydride", "CCC(=O)OC(=O)CC");
        return Map.copyOf(m);
    }

    /** Classifies a parsed structure. */
    public StructureResult classify(Molecule molecule) {
        List<StructurePolicy> policies = new ArrayList<>();
        if (!molecule.stripped().isEmpty() || molecule.hydrate()) {
            policies.add(StructurePolicy.SALT_OR_HYDRATE);
        }
        Set<Modification> modifications = EnumSet.noneOf(Modification.class);
        boolean related = false;
        FentanylScaffold.Reading reading = FentanylScaffold.read(molecule.molecule());
        if (reading != null) {
            modifications.addAll(reading.modifications());
            policies.addAll(reading.policies());
            related = reading.related() && !reading.modifications().isEmpty();
            if (excluded.contains(molecule.smiles())) {
                related = false;
                policies.add(StructurePolicy.LISTED_ELSEWHERE);
            }
        }
        String family = named.get(molecule.smiles());
        if (family == null && !related) {
            PrecursorFamily f = PrecursorFamily.of(molecule.molecule());
            family = f == null ? null : f.label();
        }
        return new StructureResult(molecule.smiles(), related, modifications, family,
                catalogByKey.get(molecule.smiles()), List.copyOf(policies),
                reading == null ? List.of() : positions(molecule, reading.atoms()));
    }

    /**
     * The matched atoms as positions in the written SMILES: the SMILES is generated again with its atom
     * order, which is the same string, so an analyst can find each atom in it.
     */
    private static List<Integer> positions(Molecule molecule, int[] atoms) {
        if (atoms.length == 0) {
            return List.of();
        }
        try {
            int[] order = new int[molecule.molecule().getAtomCount()];
            String again = new org.openscience.cdk.smiles.SmilesGenerator(org.openscience.cdk.smiles.SmiFlavor.Unique)
                    .create(molecule.molecule(), order);
            if (!again.equals(molecule.smiles())) {
                return List.of();
            }
            return java.util.Arrays.stream(atoms).map(a -> order[a]).sorted().boxed().toList();
        } catch (org.openscience.cdk.exception.CDKException e) {
            return List.of();
        }
    }

    /** Classifies a SMILES string. */
    public StructureResult classify(String smiles) {
        return classify(Molecule.smiles(smiles));
    }
}
