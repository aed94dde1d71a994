package org.tradescreen.match.normalize;

import java.util.List;

/**
 * One step of the analysis chain that works on tokens: it may rewrite, merge or tag them. The two lists
 * are parallel (token i has kind i) and are changed in place.
 */
public interface TokenStep {

    /** The stable name used in {@link NameAnalyzer#toString()}, e.g. "legalForms". */
    String name();

    void apply(List<String> tokens, List<TokenKind> kinds);
}
