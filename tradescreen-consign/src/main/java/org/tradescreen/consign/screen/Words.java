package org.tradescreen.consign.screen;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Descriptions and names cut into what rules compare: lower-case tokens (letters, digits and inner hyphens),
 * the words among them (a token that starts with a letter: "99%" and "25kg" are not words), and which of a
 * policy's phrases occur, a phrase being one to {@value #MAX_PHRASE_WORDS} tokens in a row ("motor oil").
 */
final class Words {

    static final int MAX_PHRASE_WORDS = 4;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

    private Words() {
    }

    /** The text in lower case, NFKC, whitespace collapsed. */
    static String text(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text(text));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static List<String> words(List<String> tokens) {
        return tokens.stream().filter(t -> Character.isLetter(t.codePointAt(0))).distinct().toList();
    }

    /** The phrases of {@code known} that occur in {@code tokens}, each once, in order of first occurrence. */
    static List<String> phrases(List<String> tokens, Set<String> known) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            StringBuilder phrase = new StringBuilder();
            for (int n = 0; n < MAX_PHRASE_WORDS && i + n < tokens.size(); n++) {
                if (n > 0) {
                    phrase.append(' ');
                }
                phrase.append(tokens.get(i + n));
                String p = phrase.toString();
                if (known.contains(p)) {
                    out.add(p);
                }
            }
        }
        return List.copyOf(out);
    }
}
