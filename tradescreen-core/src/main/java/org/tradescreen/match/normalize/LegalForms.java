package org.tradescreen.match.normalize;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds company legal forms in many languages and scripts (after transliteration: "gesellschaft mit
 * beschrankter haftung", "ooo", "you xian gong si" for 有限公司) and replaces each with its short
 * canonical form tagged {@link TokenKind#LEGAL_FORM}, so "Siemens Aktiengesellschaft" and "Siemens AG"
 * agree. The table is data: {@code legal-forms.tsv} beside this class. The longest phrase wins.
 */
public final class LegalForms implements TokenStep {

    public static final String NAME = "legalForms";
    private final Map<String, String> canonical;
    private final int longest;
    private final List<String> longWords;
    private final java.util.Set<String> firstWords;

    public LegalForms() {
        this.canonical = WordTable.load(LegalForms.class, "legal-forms.tsv");
        this.longWords = canonical.keySet().stream().filter(k -> !k.contains(" ") && k.length() >= 8).toList();
        this.firstWords = canonical.keySet().stream().map(k -> k.split(" ")[0]).collect(java.util.stream.Collectors.toSet());
        this.longest = canonical.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(List<String> tokens, List<TokenKind> kinds) {
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            String form = null;
            if (!firstWords.contains(tokens.get(i)) && tokens.get(i).length() < 8) {
                i++;
                continue;
            }
            for (int len = Math.min(longest, tokens.size() - i); len >= 1; len--) {
                String phrase = len == 1 ? tokens.get(i) : String.join(" ", tokens.subList(i, i + len));
                form = canonical.get(phrase);
                if (form != null) {
                    matched = len;
                    break;
                }
            }
            if (matched == 0) {
                form = misspelt(tokens.get(i));
                matched = form == null ? 0 : 1;
            }
            if (matched == 0 || (tokens.size() == matched)) {
                // a name that is only a legal form ("Co") stays a name
                i++;
                continue;
            }
            String[] parts = form.split(" ");
            for (int k = 0; k < matched; k++) {
                tokens.remove(i);
                kinds.remove(i);
            }
            for (int k = 0; k < parts.length; k++) {
                tokens.add(i + k, parts[k]);
                kinds.add(i + k, TokenKind.LEGAL_FORM);
            }
            i += parts.length;
        }
    }

    /** A long one-word form written with a typo: "aktiengeselschaft". Short forms must be exact. */
    private String misspelt(String token) {
        if (token.length() < 8) {
            return null;
        }
        for (String w : longWords) {
            if (Math.abs(w.length() - token.length()) <= 1 && Edits.distance(w, token) <= 1) {
                return canonical.get(w);
            }
        }
        return null;
    }

    /** Whether the text, lower-cased with punctuation dropped, is one legal form: "LTD.", "S.A.". */
    boolean isLegalFormText(String text) {
        String t = new Punctuation().apply(text.toLowerCase(Locale.ROOT)).strip().replaceAll("\\s+", " ");
        return canonical.containsKey(t);
    }
}
