package org.tradescreen.goods.structure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.ringsearch.RingSearch;
import org.openscience.cdk.smarts.SmartsPattern;

/**
 * Finds the fentanyl scaffold, N-(1-(2-arylethyl)piperidin-4-yl)-N-aryl-amide, and reads which of the
 * modifications A–E a structure carries relative to fentanyl.
 *
 * <p>The SMARTS keeps only what every class member shares: a carbonyl on the amide N (the acyl, E), an aromatic
 * atom on it (the aniline ring, D), a piperidine whose 4-position carries the amide N (C), and a two-carbon chain
 * from the piperidine N to a ring atom (the phenethyl, A and B). Everything else is read from the atoms around
 * the match, so each modification can be named and each grey zone decided by a {@link StructurePolicy}.
 */
final class FentanylScaffold {

    /**
     * Atom order: 0 O, 1 carbonyl C, 2 acyl atom, 3 amide N, 4 aniline ring atom, 5 C4, 6 C3, 7 C2, 8 N1,
     * 9 alpha C, 10 beta C, 11 phenethyl ring atom, 12 C6, 13 C5.
     */
    private static final SmartsPattern CORE = SmartsPattern.create(
            "O=C(-[#6,#7,#8])N(-a)[C;R]1[C;R][C;R]N([C;!R][C;!R][*;R])[C;R][C;R]1");
    /** The same with a three-carbon chain: the 3-phenylpropyl homologue. */
    private static final SmartsPattern EXTENDED_CHAIN = SmartsPattern.create(
            "O=C(-[#6,#7,#8])N(-a)[C;R]1[C;R][C;R]N([C;!R][C;!R][C;!R][*;R])[C;R][C;R]1");
    private static final int ACYL = 2;
    private static final int AMIDE_N = 3;
    private static final int ANILINE = 4;
    private static final int PIPERIDINE_N = 8;
    private static final int ALPHA = 9;
    private static final int BETA = 10;
    private static final int PHENETHYL_RING = 11;
    private static final int[] PIPERIDINE_CARBONS = {5, 6, 7, 12, 13};

    /**
     * One reading of a structure against fentanyl.
     *
     * @param modifications the modifications found (empty for fentanyl itself)
     * @param policies      the grey-zone policies that applied
     * @param related       whether the structure is related to fentanyl by A–E only (exclusions by listing are
     *                      decided by the caller)
     */
    record Reading(Set<Modification> modifications, List<StructurePolicy> policies, boolean related, int[] atoms) {
    }

    private FentanylScaffold() {
    }

    /** Reads {@code m}; null when it has neither the scaffold nor its chain-extended homologue. */
    static @Nullable Reading read(IAtomContainer m) {
        RingSearch rings = new RingSearch(m);
        Reading best = null;
        for (int[] match : CORE.matchAll(m).uniqueAtoms()) {
            Reading reading = read(m, rings, match);
            // Of several ways to lay the scaffold on the structure, the one inside the class with the fewest
            // modifications is the reading a chemist would give.
            if (best == null || better(reading, best)) {
                best = reading;
            }
        }
        if (best == null && EXTENDED_CHAIN.matches(m)) {
            return new Reading(EnumSet.noneOf(Modification.class), List.of(StructurePolicy.CHAIN_EXTENSION), false,
                    new int[0]);
        }
        return best;
    }

    private static boolean better(Reading a, Reading b) {
        if (a.related() != b.related()) {
            return a.related();
        }
        return a.modifications().size() < b.modifications().size();
    }

    private static Reading read(IAtomContainer m, RingSearch rings, int[] match) {
        Set<Modification> mods = EnumSet.noneOf(Modification.class);
        List<StructurePolicy> policies = new ArrayList<>();
        boolean related = true;

        // E: the acyl must be exactly propionyl (CH2-CH3) to be fentanyl's.
        IAtom acyl = m.getAtom(match[ACYL]);
        if (acyl.getAtomicNumber() != 6) {
            mods.add(Modification.E);
            policies.add(StructurePolicy.CARBAMATE_OR_UREA_AS_ACYL);
        } else if (!isEthyl(m, acyl, m.getAtom(match[1]))) {
            mods.add(Modification.E);
        }

        // D: the aniline ring must be an aromatic monocycle; another ring or a substituent is D.
        int[] aniline = isolatedRing(rings, match[ANILINE]);
        if (aniline == null || !allAromatic(m, aniline)) {
            policies.add(StructurePolicy.NOT_AN_ALLOWED_RING);
            related = false;
        } else if (!isBenzene(m, aniline) || hasSubstituents(m, aniline, Set.of(match[AMIDE_N]))) {
            mods.add(Modification.D);
        }

        // A and B: the phenethyl ring may be any monocycle; the chain carbons carry only hydrogen in fentanyl.
        int[] ring = isolatedRing(rings, match[PHENETHYL_RING]);
        if (ring == null) {
            policies.add(StructurePolicy.NOT_AN_ALLOWED_RING);
            related = false;
        } else if (!isBenzene(m, ring)) {
            mods.add(Modification.A);
            if (!allAromatic(m, ring)) {
                policies.add(StructurePolicy.NON_AROMATIC_PHENETHYL_RING);
            }
        } else if (hasSubstituents(m, ring, Set.of(match[BETA]))) {
            mods.add(Modification.B);
            policies.add(StructurePolicy.SUBSTITUTED_PHENETHYL_PHENYL);
        }
        Set<Integer> chain = Set.of(match[PIPERIDINE_N], match[ALPHA], match[BETA], match[PHENETHYL_RING]);
        if (hasSubstituents(m, new int[] {match[ALPHA], match[BETA]}, chain)) {
            mods.add(Modification.B);
        }

        // C: any substituent on the piperidine carbons, but a ring there is outside the rule's examples.
        Set<Integer> core = new HashSet<>();
        for (int i : match) {
            core.add(i);
        }
        for (int c : PIPERIDINE_CARBONS) {
            for (IAtom neighbour : m.getConnectedAtomsList(m.getAtom(match[c]))) {
                if (core.contains(neighbour.getIndex())) {
                    continue;
                }
                mods.add(Modification.C);
                if (rings.cyclic(neighbour.getIndex())) {
                    policies.add(StructurePolicy.PIPERIDINE_RING_SUBSTITUENT);
                    related = false;
                }
            }
        }
        return new Reading(mods, List.copyOf(new LinkedHashSet<>(policies)), related, match.clone());
    }

    private static boolean isEthyl(IAtomContainer m, IAtom acyl, IAtom carbonyl) {
        if (acyl.isAromatic() || m.getConnectedBondsCount(acyl) != 2 || !hydrogens(acyl, 2)) {
            return false;
        }
        for (IBond bond : m.getConnectedBondsList(acyl)) {
            IAtom other = bond.getOther(acyl);
            if (other.equals(carbonyl)) {
                continue;
            }
            return bond.getOrder() == IBond.Order.SINGLE && other.getAtomicNumber() == 6
                    && m.getConnectedBondsCount(other) == 1 && hydrogens(other, 3);
        }
        return false;
    }

    private static boolean hydrogens(IAtom atom, int n) {
        return atom.getImplicitHydrogenCount() != null && atom.getImplicitHydrogenCount() == n;
    }

    /** The atoms of the ring holding {@code atom}, when that ring is fused to no other; else null. */
    private static int @Nullable [] isolatedRing(RingSearch rings, int atom) {
        for (int[] ring : rings.isolated()) {
            for (int a : ring) {
                if (a == atom) {
                    return ring;
                }
            }
        }
        return null;
    }

    private static boolean allAromatic(IAtomContainer m, int[] ring) {
        for (int a : ring) {
            if (!m.getAtom(a).isAromatic()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBenzene(IAtomContainer m, int[] ring) {
        if (ring.length != 6 || !allAromatic(m, ring)) {
            return false;
        }
        for (int a : ring) {
            if (m.getAtom(a).getAtomicNumber() != 6) {
                return false;
            }
        }
        return true;
    }

    /** Whether any of {@code atoms} has a heavy neighbour outside {@code atoms} and {@code allowed}. */
    private static boolean hasSubstituents(IAtomContainer m, int[] atoms, Set<Integer> allowed) {
        Set<Integer> own = new HashSet<>();
        for (int a : atoms) {
            own.add(a);
        }
        for (int a : atoms) {
            for (IAtom neighbour : m.getConnectedAtomsList(m.getAtom(a))) {
                if (!own.contains(neighbour.getIndex()) && !allowed.contains(neighbour.getIndex())) {
                    return true;
                }
            }
        }
        return false;
    }
}
