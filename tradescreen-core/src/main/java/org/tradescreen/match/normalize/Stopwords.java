package org.tradescreen.match.normalize;

import java.util.List;
import java.util.Set;

/**
 * Tags articles, connectives, honorifics and name particles ("of", "mr", "al", "bin", "von") as
 * {@link TokenKind#STOPWORD}: kept, so "Abu Bakr al-Baghdadi" still has its "al", but weighted little.
 * Number words become digits ("three" to "3", from {@code number-words.tsv}) and digits are tagged
 * {@link TokenKind#NUMBER}. The word list is {@code stopwords.tsv} beside this class.
 */
public final class Stopwords implements TokenStep {

    public static final String NAME = "stopwords";
    private final Set<String> words = WordTable.load(Stopwords.class, "stopwords.tsv").keySet();
    private final java.util.Map<String, String> numbers = WordTable.load(Stopwords.class, "number-words.tsv");

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
            String t = numbers.getOrDefault(tokens.get(i), tokens.get(i));
            tokens.set(i, t);
            if (words.contains(t) && tokens.size() > 1) {
                kinds.set(i, TokenKind.STOPWORD);
            } else if (t.chars().allMatch(Character::isDigit)) {
                kinds.set(i, TokenKind.NUMBER);
            }
        }
    }
}
