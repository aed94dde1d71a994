package org.tradescreen.server.web;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openscience.cdk.depict.Depiction;
import org.openscience.cdk.depict.DepictionGenerator;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IChemObject;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;

/**
 * Draws a structure as inline SVG with CDK's depiction, on the server, so the page needs no script. The
 * highlighted atoms are positions in the SMILES as written (the goods result gives the fentanyl scaffold that
 * way); the SMILES parser keeps that order, so position {@code i} is atom {@code i}. Bonds between two
 * highlighted atoms are highlighted too.
 */
final class StructureDrawing {

    /**
     * The highlight: a light orange glow behind the bonds, so the black bonds and CDK's atom colours stay
     * readable on top of it. CDK fills a ring whose atoms and bonds are all highlighted (the piperidine).
     */
    static final Color HIGHLIGHT = new Color(0xF6, 0xB2, 0x6B);
    /** The glow's width, narrower than CDK's default so that close bonds stay apart. */
    static final double GLOW_WIDTH = 3;

    private StructureDrawing() {
    }

    /**
     * The SVG element, without an XML prolog, labelled by {@code title} for assistive technology.
     *
     * @throws IllegalArgumentException when the SMILES cannot be read or drawn
     */
    static String svg(String smiles, List<Integer> highlighted, String title) {
        IAtomContainer mol;
        try {
            mol = new SmilesParser(SilentChemObjectBuilder.getInstance()).parseSmiles(smiles);
        } catch (CDKException e) {
            throw new IllegalArgumentException("cannot draw SMILES '" + smiles + "': " + e.getMessage(), e);
        }
        List<IChemObject> marked = new ArrayList<>();
        Set<Integer> atoms = new HashSet<>(highlighted);
        for (int i : atoms) {
            if (i >= 0 && i < mol.getAtomCount()) {
                marked.add(mol.getAtom(i));
            }
        }
        for (IBond bond : mol.bonds()) {
            if (atoms.contains(bond.getBegin().getIndex()) && atoms.contains(bond.getEnd().getIndex())) {
                marked.add(bond);
            }
        }
        String svg;
        try {
            svg = new DepictionGenerator().withAtomColors().withSize(420, 300).withFillToFit()
                    .withHighlight(marked, HIGHLIGHT).withOuterGlowHighlight(GLOW_WIDTH)
                    .depict(mol).toSvgStr(Depiction.UNITS_PX);
        } catch (CDKException e) {
            throw new IllegalArgumentException("cannot draw SMILES '" + smiles + "': " + e.getMessage(), e);
        }
        return labelled(svg, title);
    }

    /** Drops the XML prolog (not allowed inside HTML) and adds {@code role="img"} and a {@code <title>}. */
    static String labelled(String svg, String title) {
        int start = svg.indexOf("<svg");
        int openEnd = svg.indexOf('>', start);
        if (start < 0 || openEnd < 0) {
            throw new IllegalArgumentException("CDK gave no <svg> element");
        }
        return svg.substring(start, openEnd) + " role=\"img\" aria-label=\"" + escape(title) + "\">"
                + "<title>" + escape(title) + "</title>" + svg.substring(openEnd + 1);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
