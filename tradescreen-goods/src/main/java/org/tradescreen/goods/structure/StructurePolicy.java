package org.tradescreen.goods.structure;

/**
 * The documented choices for the grey zones of the fentanyl-related-substance definition
 * ({@code shared/data/chem/README.md}). A result lists the policies that decided it, so a reviewer sees where the
 * law is unclear. Each carries whether a structure it applies to can still be in the class, and why.
 */
public enum StructurePolicy {
    /** Salts, solvents, hydrates. */
    SALT_OR_HYDRATE(true, "the largest organic fragment is classified; a gem-diol is the hydrate of its carbonyl,"
            + " so 4-piperidone hydrate is 4-piperidone"),
    /** 3-phenylpropyl (or longer) in place of the phenethyl. */
    CHAIN_EXTENSION(false, "modifications A-E substitute or replace parts of fentanyl but none lengthens the"
            + " phenethyl chain; strict reading, flag for legal review (analogue-act exposure possible)"),
    /** A ring (aryl, cycloalkyl, spiro or fused) on the piperidine ring, e.g. 4-phenyl fentanyl. */
    PIPERIDINE_RING_SUBSTITUENT(false, "the substituents the rule gives for C (alkyl, alkenyl, alkoxyl, ester,"
            + " ether, hydroxyl, halo, haloalkyl, amino, nitro) are all acyclic; strict reading, flag for legal review"),
    /** A carbamate or urea (alkoxycarbonyl, carbamoyl) in place of the propionyl. */
    CARBAMATE_OR_UREA_AS_ACYL(true, "alkoxycarbonyl and carbamoyl are acyl groups in IUPAC terms (acyl of"
            + " carbonic and carbamic acid), so they are modification E"),
    /** A non-aromatic monocycle in place of the phenethyl's phenyl. */
    NON_AROMATIC_PHENETHYL_RING(true, "A allows any monocycle, aromatic or not"),
    /** A non-aromatic ring, or a fused ring, in place of the aniline ring; or a fused ring on the phenethyl. */
    NOT_AN_ALLOWED_RING(false, "D allows only an aromatic monocycle for the aniline ring, and A only a monocycle"
            + " for the phenethyl's phenyl"),
    /** A substituted phenyl on the phenethyl group. */
    SUBSTITUTED_PHENETHYL_PHENYL(true, "read as B (substitution on the phenethyl group); A (any monocycle,"
            + " substituted or not) fits too, either way it is in the class"),
    /** Fentanyl and the Schedule II fentanyl drugs. */
    LISTED_ELSEWHERE(false, "fentanyl, carfentanil, sufentanil, alfentanil and remifentanil are scheduled by"
            + " name (Schedule II) and excluded from the class; they are classed controlled");

    private final boolean inClass;
    private final String reason;

    StructurePolicy(boolean inClass, String reason) {
        this.inClass = inClass;
        this.reason = reason;
    }

    /** Whether a structure this policy applies to can still be in the class. */
    public boolean inClass() {
        return inClass;
    }

    /** Why. */
    public String reason() {
        return reason;
    }
}
