package org.tradescreen.match.normalize;

import java.util.List;
import java.util.Set;

/**
 * Tags articles, connectives, honorifics and name particles ("of", "mr", "al", "bin", "von") as
 * {@link TokenKind#STOPWORD}: kept, so "Abu Bakr al-Baghdadi" still has its "al", but weighted little.
 * Digits (number words are digits by now, see {@link NumberWords}) are tagged {@link TokenKind#NUMBER}. The word list is {@code stopwords.tsv} beside this class.
 */
public final class Stopwords implements TokenStep {

    public static final String NAME = "stopwords";
    private final Set<String> words = WordTable.load(Stopwords.class, "stopwords.tsv").keySet();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(List<String> tokens, List<TokenKind> kinds) {
        for (int i = 0; i < tokens.size(); i++) {
            if (kinds.get(i) != TokenKind.NAME) {
                continue;
            }
            String t = tokens.get(i);
            if (words.contains(t) && tokens.size() > 1) {
                kinds.set(i, TokenKind.STOPWORD);
            } else if (t.chars().allMatch(Character::isDigit)) {
                kinds.set(i, TokenKind.NUMBER);
            }
        }
    }
}
