package org.tradescreen.goods.structure;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openscience.cdk.aromaticity.Aromaticity;
import org.openscience.cdk.aromaticity.ElectronDonation;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.ConnectivityChecker;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.io.MDLV2000Reader;
import org.openscience.cdk.isomorphism.Mappings;
import org.openscience.cdk.silent.AtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smarts.SmartsPattern;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;
import org.openscience.cdk.smiles.SmilesParser;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/**
 * A parsed structure reduced to the substance it is traded as: the largest organic fragment, neutral, with a
 * gem-diol read as its carbonyl.
 *
 * <p>Rules, in order (see docs/architecture.md, goods):
 * <ol>
 *   <li>Salts, solvents and hydrates: the fragment with the most carbons is kept (ties: most heavy atoms), so
 *       "fentanyl citrate" is fentanyl, and HCl, water, citrate go.</li>
 *   <li>A protonated amine ({@code [NH+]}) is neutralised: the salt of a base is the base.</li>
 *   <li>A gem-diol {@code C(OH)(OH)} is the hydrate of a ketone or aldehyde and is read as the carbonyl: the
 *       commercial "4-piperidone monohydrate hydrochloride" is 4-piperidone.</li>
 * </ol>
 *
 * @param input    the text as given
 * @param molecule the reduced structure (aromaticity perceived); callers must not change it
 * @param smiles   the canonical SMILES of the reduced structure without stereo (CDK "unique" flavour), also the
 *                 exact-match key: the catalog's hand-written SMILES carry constitution only, so a stereo-aware
 *                 key would add nothing
 * @param stripped the fragments taken away, as SMILES (empty when there were none)
 * @param hydrate  whether a gem-diol was read as its carbonyl
 */
public record Molecule(String input, IAtomContainer molecule, String smiles, List<String> stripped,
                       boolean hydrate) {

    /**
     * Far above any controlled substance (fentanyl has 25 heavy atoms); CDK's ring and canonical-order
     * searches recurse per atom, and a chain of thousands would overflow the stack. The text limits keep such
     * input from reaching the parser at all (a SMILES spends at most a few characters per atom, a molfile about
     * seventy per atom and bond).
     */
    public static final int MAX_ATOMS = 500;
    private static final int MAX_LINE_TEXT = 20 * MAX_ATOMS;
    private static final int MAX_MOLFILE_TEXT = 150 * MAX_ATOMS;

    /**
     * A SMILES parser per thread: a parser is not thread-safe, and making one costs far more than parsing (it sets up
     * CDK's logging from the jar's resources: a third of the time of screening a described precursor).
     */
    private static final ThreadLocal<SmilesParser> SMILES = ThreadLocal.withInitial(
            () -> new SmilesParser(SilentChemObjectBuilder.getInstance()));
    private static final SmartsPattern GEM_DIOL = SmartsPattern.create("[CX4;!$(C(O)(O)O)]([OX2H1])[OX2H1]");
    private static final Aromaticity AROMATICITY =
            new Aromaticity(ElectronDonation.daylight(), Cycles.or(Cycles.all(), Cycles.all(6)));

    /**
     * The one structure given, as SMILES, InChI or molfile text, parsed; null when none is.
     *
     * @throws IllegalArgumentException when more than one is given
     * @throws StructureException when the one given cannot be read
     */
    public static @Nullable Molecule ofOne(@Nullable String smiles, @Nullable String inchi, @Nullable String molfile) {
        int given = (smiles != null ? 1 : 0) + (inchi != null ? 1 : 0) + (molfile != null ? 1 : 0);
        if (given > 1) {
            throw new IllegalArgumentException("give one structure: smiles, inchi or molfile, not several");
        }
        return smiles != null ? smiles(smiles) : inchi != null ? inchi(inchi) : molfile != null ? molfile(molfile) : null;
    }

    /** Parses a SMILES string. */
    public static Molecule smiles(String smiles) {
        if (smiles == null || smiles.isBlank()) {
            throw new StructureException("SMILES", String.valueOf(smiles), "empty");
        }
        tooLong("SMILES", smiles, MAX_LINE_TEXT);
        if (atomsIn(smiles) > MAX_ATOMS) {
            throw new StructureException("SMILES", smiles, "about " + atomsIn(smiles) + " atoms; goods screening reads"
                    + " structures of at most " + MAX_ATOMS + " (controlled substances are small molecules)");
        }
        try {
            return reduce(smiles, SMILES.get().parseSmiles(smiles.strip()));
        } catch (CDKException e) {
            throw new StructureException("SMILES", smiles, e.getMessage());
        }
    }

    /** Parses an InChI ("InChI=1S/…") with the InChI library that jna-inchi ships for this platform. */
    public static Molecule inchi(String inchi) {
        if (inchi == null || inchi.isBlank()) {
            throw new StructureException("InChI", String.valueOf(inchi), "empty");
        }
        tooLong("InChI", inchi, MAX_LINE_TEXT);
        try {
            org.openscience.cdk.inchi.InChIToStructure reader = org.openscience.cdk.inchi.InChIGeneratorFactory
                    .getInstance().getInChIToStructure(inchi.strip(), SilentChemObjectBuilder.getInstance());
            if (reader.getStatus() == io.github.dan2097.jnainchi.InchiStatus.ERROR) {
                throw new StructureException("InChI", inchi, reader.getMessage());
            }
            return reduce(inchi, reader.getAtomContainer());
        } catch (CDKException e) {
            throw new StructureException("InChI", inchi, e.getMessage());
        }
    }

    /** Parses the text of an MDL molfile (V2000). */
    public static Molecule molfile(String text) {
        tooLong("molfile", text, MAX_MOLFILE_TEXT);
        try (MDLV2000Reader reader = new MDLV2000Reader(new StringReader(text))) {
            IAtomContainer read = reader.read(new AtomContainer());
            if (read == null || read.getAtomCount() == 0) {
                throw new StructureException("molfile", text, "no atoms");
            }
            return reduce(text, AtomContainerManipulator.suppressHydrogens(read));
        } catch (CDKException | java.io.IOException | RuntimeException e) {
            if (e instanceof StructureException s) {
                throw s;
            }
            throw new StructureException("molfile", text, String.valueOf(e.getMessage()));
        }
    }

    /**
     * The atoms a SMILES writes, counted before parsing (the parser itself recurses per atom): each bracket
     * is one atom, and outside brackets each upper-case letter and each aromatic b, c, n, o, p, s.
     */
    static int atomsIn(String smiles) {
        int atoms = 0;
        boolean inBracket = false;
        for (int i = 0; i < smiles.length(); i++) {
            char c = smiles.charAt(i);
            if (c == '[') {
                inBracket = true;
                atoms++;
            } else if (c == ']') {
                inBracket = false;
            } else if (!inBracket && (Character.isUpperCase(c) || "bcnops".indexOf(c) >= 0)) {
                atoms++;
            }
        }
        return atoms;
    }

    private static void tooLong(String kind, String text, int max) {
        if (text.length() > max) {
            throw new StructureException(kind, text, text.length() + " characters; goods screening reads structures"
                    + " of at most " + MAX_ATOMS + " atoms (controlled substances are small molecules)");
        }
    }

    private static Molecule reduce(String input, IAtomContainer parsed) throws CDKException {
        if (parsed.getAtomCount() == 0) {
            throw new CDKException("no atoms");
        }
        if (parsed.getAtomCount() > MAX_ATOMS) {
            throw new CDKException(parsed.getAtomCount() + " atoms; goods screening reads structures of at most "
                    + MAX_ATOMS + " (controlled substances are small molecules)");
        }
        IAtomContainer largest = null;
        List<IAtomContainer> fragments = new ArrayList<>();
        for (IAtomContainer fragment : ConnectivityChecker.partitionIntoMolecules(parsed).atomContainers()) {
            fragments.add(fragment);
            if (largest == null || compareSize(fragment, largest) > 0) {
                largest = fragment;
            }
        }
        SmilesGenerator unique = new SmilesGenerator(SmiFlavor.Unique);
        List<String> stripped = new ArrayList<>();
        for (IAtomContainer fragment : fragments) {
            if (fragment != largest) {
                stripped.add(unique.create(fragment));
            }
        }
        neutraliseAmmonium(largest);
        boolean hydrate = dehydrateGemDiols(largest);
        AROMATICITY.apply(largest);
        return new Molecule(input, largest, unique.create(largest), List.copyOf(stripped), hydrate);
    }

    private static int compareSize(IAtomContainer a, IAtomContainer b) {
        int byCarbons = Integer.compare(carbons(a), carbons(b));
        return byCarbons != 0 ? byCarbons : Integer.compare(a.getAtomCount(), b.getAtomCount());
    }

    private static int carbons(IAtomContainer fragment) {
        int n = 0;
        for (IAtom atom : fragment.atoms()) {
            if (atom.getAtomicNumber() == 6) {
                n++;
            }
        }
        return n;
    }

    private static void neutraliseAmmonium(IAtomContainer m) {
        for (IAtom atom : m.atoms()) {
            Integer h = atom.getImplicitHydrogenCount();
            if (atom.getAtomicNumber() == 7 && atom.getFormalCharge() != null && atom.getFormalCharge() == 1
                    && h != null && h > 0) {
                atom.setFormalCharge(0);
                atom.setImplicitHydrogenCount(h - 1);
            }
        }
    }

    private static boolean dehydrateGemDiols(IAtomContainer m) {
        Mappings matches = GEM_DIOL.matchAll(m).uniqueAtoms();
        List<IAtom[]> diols = new ArrayList<>();
        for (int[] match : matches) {
            diols.add(new IAtom[] {m.getAtom(match[0]), m.getAtom(match[1]), m.getAtom(match[2])});
        }
        for (IAtom[] diol : diols) {
            if (!m.contains(diol[2]) || !m.contains(diol[1])) {
                continue; // two matches of one carbon: the first already made the carbonyl
            }
            m.removeAtom(diol[2]);
            m.getBond(diol[0], diol[1]).setOrder(IBond.Order.DOUBLE);
            diol[1].setImplicitHydrogenCount(0);
        }
        return !diols.isEmpty();
    }
}
