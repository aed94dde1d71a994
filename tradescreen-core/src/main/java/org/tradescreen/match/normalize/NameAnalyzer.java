package org.tradescreen.match.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tradescreen.model.Name;

/**
 * The analysis chain every name goes through, list names and query names alike, so that both sides are
 * compared in one form. {@link #standard()} is, in order: {@code unicodeFold} (NFKC + case fold),
 * {@code nameOrder} ("SURNAME, Given"), {@code toLatin} (ICU transliteration and diacritics),
 * {@code punctuation}, then tokens by white space, then {@code commonWords} (abbreviations of common words and
 * countries), {@code numberWords} (numbers as digits), {@code legalForms} and {@code stopwords}.
 * The chain is immutable and thread-safe; its {@code toString()} lists the steps.
 */
public final class NameAnalyzer {

    private final List<TextStep> textSteps;
    private final List<TokenStep> tokenSteps;

    public NameAnalyzer(List<TextStep> textSteps, List<TokenStep> tokenSteps) {
        this.textSteps = List.copyOf(textSteps);
        this.tokenSteps = List.copyOf(tokenSteps);
    }

    public static NameAnalyzer standard() {
        LegalForms legalForms = new LegalForms();
        return new NameAnalyzer(
                List.of(new UnicodeFold(), new NameOrder(legalForms), new ToLatin(), new Punctuation()),
                List.of(new CommonWords(), new NumberWords(), legalForms, new Stopwords()));
    }

    public NormalizedName analyze(String name) {
        String text = name == null ? "" : name;
        for (TextStep step : textSteps) {
            text = step.apply(text);
        }
        List<String> tokens = new ArrayList<>();
        List<TokenKind> kinds = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (space && start >= 0) {
                tokens.add(text.substring(start, i));
                kinds.add(TokenKind.NAME);
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        for (TokenStep step : tokenSteps) {
            step.apply(tokens, kinds);
        }
        return new NormalizedName(name == null ? "" : name, tokens.toArray(String[]::new),
                kinds.toArray(TokenKind[]::new), Name.scriptOf(name == null ? "" : name));
    }

    /**
     * The name in its own script, without transliteration: folded, punctuation removed, and Han, Kana
     * and Hangul cut into single characters, each of which is a syllable of the name. Two names in the
     * same script are compared in this form too, so that 习近朋 is not taken for 习近平 merely because
     * "peng" and "ping" look alike in Latin letters.
     */
    public NormalizedName analyzeInScript(String name) {
        String text = new Punctuation().apply(new UnicodeFold().apply(name == null ? "" : name));
        List<String> tokens = new ArrayList<>();
        for (String t : text.split("\\s+")) {
            if (t.isEmpty()) {
                continue;
            }
            if (syllabic(t.codePointAt(0))) {
                t.codePoints().forEach(cp -> tokens.add(new String(Character.toChars(cp))));
            } else {
                tokens.add(t);
            }
        }
        TokenKind[] kinds = new TokenKind[tokens.size()];
        java.util.Arrays.fill(kinds, TokenKind.NAME);
        return new NormalizedName(name == null ? "" : name, tokens.toArray(String[]::new), kinds,
                Name.scriptOf(name == null ? "" : name));
    }

    private static boolean syllabic(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HANGUL
                || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
    }

    @Override
    public String toString() {
        return Stream.concat(textSteps.stream().map(TextStep::name), Stream.concat(Stream.of("whitespace"),
                tokenSteps.stream().map(TokenStep::name))).collect(Collectors.joining(" > "));
    }
}
