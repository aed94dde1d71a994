package org.tradescreen.goods.structure;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.smarts.SmartsPattern;

/**
 * The fentanyl precursor families listed by the DEA as a parent with "its amides, carbamates (halides) and salts"
 * (see STORY.md). Salts are handled before, by {@link Molecule}; here a structure is a member when it is the
 * parent, or the parent with an acyl (amide) or alkoxycarbonyl (carbamate) on a nitrogen, or, for 4-AP, a halogen
 * on the aniline ring. An N-alkyl (benzyl, phenethyl) makes another substance: NPP, ANPP and benzylfentanyl are
 * listed by name, 1-benzyl-4-piperidone is not listed.
 */
public enum PrecursorFamily {
    /** 4-anilinopiperidine, its amides, carbamates, halides and salts (85 FR 20822, 88 FR 74358). */
    FOUR_AP("4-AP (4-anilinopiperidine) family", "23056-29-3",
            // 0 ring N, 1-2 and 4-5 ring CH2, 3 C4, 6 aniline N, 7-12 aniline ring
            "[NX3;R1]1[CH2][CH2][CH1]([CH2][CH2]1)[NX3;!R]c1ccccc1", new int[] {0, 6}, 7),
    /** Piperidin-4-one, its acetals, amides, carbamates and salts (88 FR 21902). */
    FOUR_PIPERIDONE("4-piperidone family", "41661-47-6",
            // 0 ring N, 1-2 and 4-5 ring CH2, 3 C4 as ketone or acetal carbon
            "[NX3;R1]1[CH2][CH2][$([CX3]=O),$([CX4]([OX2])[OX2])]([CH2][CH2]1)", new int[] {0}, -1);

    private final String label;
    private final String parentCas;
    private final SmartsPattern pattern;
    private final int[] nitrogens;
    private final int aromaticStart;

    PrecursorFamily(String label, String parentCas, String smarts, int[] nitrogens, int aromaticStart) {
        this.label = label;
        this.parentCas = parentCas;
        this.pattern = SmartsPattern.create(smarts);
        this.nitrogens = nitrogens;
        this.aromaticStart = aromaticStart;
    }

    /** The name reported as {@code precursor_family}. */
    public String label() {
        return label;
    }

    /**
     * The CAS number of the family's parent substance, whose controls (and their dates) the family's
     * members share, for a reported family label; null for a label that is not a family.
     */
    public static @Nullable String parentCasOf(String label) {
        for (PrecursorFamily f : values()) {
            if (f.label.equals(label)) {
                return f.parentCas;
            }
        }
        return null;
    }

    /** The family {@code m} belongs to, or null. */
    static @Nullable PrecursorFamily of(IAtomContainer m) {
        for (PrecursorFamily family : values()) {
            for (int[] match : family.pattern.matchAll(m).uniqueAtoms()) {
                if (family.admits(m, match)) {
                    return family;
                }
            }
        }
        return null;
    }

    private boolean admits(IAtomContainer m, int[] match) {
        List<Integer> core = java.util.Arrays.stream(match).boxed().toList();
        for (int n : nitrogens) {
            for (IAtom neighbour : m.getConnectedAtomsList(m.getAtom(match[n]))) {
                if (!core.contains(neighbour.getIndex()) && !isCarbonyl(m, neighbour)) {
                    return false; // an N-alkyl or N-aryl: another substance
                }
            }
        }
        if (aromaticStart >= 0) {
            for (int i = aromaticStart; i < match.length; i++) {
                for (IAtom neighbour : m.getConnectedAtomsList(m.getAtom(match[i]))) {
                    if (!core.contains(neighbour.getIndex()) && !isHalogen(neighbour)) {
                        return false; // only halides of 4-AP are listed
                    }
                }
            }
        }
        return true;
    }

    /** An acyl or alkoxycarbonyl carbon: C=O, so the N is an amide or carbamate N. */
    private static boolean isCarbonyl(IAtomContainer m, IAtom atom) {
        if (atom.getAtomicNumber() != 6) {
            return false;
        }
        for (IBond bond : m.getConnectedBondsList(atom)) {
            if (bond.getOrder() == IBond.Order.DOUBLE && bond.getOther(atom).getAtomicNumber() == 8) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHalogen(IAtom atom) {
        int z = atom.getAtomicNumber();
        return z == 9 || z == 17 || z == 35 || z == 53;
    }
}
