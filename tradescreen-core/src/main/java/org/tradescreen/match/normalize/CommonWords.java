package org.tradescreen.match.normalize;

import java.util.List;

/**
 * Spells out the standard abbreviations of common words of names ("Tech" is "technology", "Natl" is "national",
 * "PRC" is "people republic of china"), so that a name written with the short form meets the listed long one.
 * Only abbreviations are rewritten; full words stay as written, so a misspelt one is still near its listed
 * spelling. The table is {@code common-words.tsv} beside this class; the words stay names, weighted as such.
 * Runs before legal forms and stop words: "co" stays a legal form, and an "of" put in is weighted as one.
 */
public final class CommonWords implements TokenStep {

    public static final String NAME = "commonWords";
    private final PhraseTable words = new PhraseTable(CommonWords.class, "common-words.tsv");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(List<String> tokens, List<TokenKind> kinds) {
        words.rewriteNames(tokens, kinds);
    }
}
