package org.tradescreen.goods.structure;

/** The modifications of fentanyl that define the US class of fentanyl-related substances (see STORY.md). */
public enum Modification {
    /** The phenyl of the phenethyl group replaced by another monocycle, substituted or not. */
    A,
    /** Substitution in or on the phenethyl group. */
    B,
    /** Substitution in or on the piperidine ring. */
    C,
    /** The aniline ring replaced by another aromatic monocycle, or substituted. */
    D,
    /** The N-propionyl group replaced by another acyl group. */
    E
}
