package org.tradescreen.match.normalize;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Finds company legal forms in many languages and scripts (after transliteration: "gesellschaft mit
 * beschrankter haftung", "ooo", "you xian gong si" for 有限公司) and replaces each with its short
 * canonical form tagged {@link TokenKind#LEGAL_FORM}, so "Siemens Aktiengesellschaft" and "Siemens AG"
 * agree. The table is data: {@code legal-forms.tsv} beside this class. The longest phrase wins.
 */
public final class LegalForms implements TokenStep {

    public static final String NAME = "legalForms";
    /** See {@link org.tradescreen.match.score.Tuning#TRUNCATED_MIN_NAME_LENGTH}: names cut by a field are long. */
    private static final int LONG_NAME = 20;
    private static final int MIN_CUT = 3;
    private final PhraseTable forms = new PhraseTable(LegalForms.class, "legal-forms.tsv");
    /** The one-word forms of eight letters or more, sorted: the table's own order changes from run to run. */
    private final List<String> longWords = forms.phrases().stream().filter(k -> !k.contains(" ") && k.length() >= 8)
            .sorted().toList();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(List<String> tokens, List<TokenKind> kinds) {
        int i = 0;
        while (i < tokens.size()) {
            PhraseTable.Match match = forms.at(tokens, i);
            if (match == null) {
                String form = misspelt(tokens.get(i));
                match = form == null ? null : new PhraseTable.Match(1, form);
            }
            if (match == null) {
                match = forms.atWithOneTypo(tokens, i);
            }
            if (match == null && longName(tokens)) {
                match = forms.truncatedAtEnd(tokens, i, MIN_CUT);
            }
            if (match == null || tokens.size() == match.length()) {
                // a name that is only a legal form ("Co") stays a name
                i++;
                continue;
            }
            i += PhraseTable.replace(tokens, kinds, i, match, TokenKind.LEGAL_FORM);
        }
    }

    /**
     * Whether the name is long enough to have been cut by a fixed-length field, which leaves its legal form
     * short ("… Joint Stock Compa"); a short name ending in "Co" or "Corpo" was written so.
     */
    private static boolean longName(List<String> tokens) {
        int length = tokens.size() - 1;
        for (String t : tokens) {
            length += t.length();
        }
        return length >= LONG_NAME;
    }

    /**
     * A long one-word form written with a typo: "aktiengeselschaft". Short forms must be exact; a form of several
     * words may have a typo in one long word ({@link PhraseTable#atWithOneTypo}: "joynt stock company").
     */
    private @Nullable String misspelt(String token) {
        if (token.length() < 8) {
            return null;
        }
        // the nearest form, the first alphabetically among equals
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String w : longWords) {
            if (Math.abs(w.length() - token.length()) <= 1 && Edits.oneSlip(w, token)) {
                int d = Edits.distance(w, token);
                if (d < bestDistance) {
                    best = w;
                    bestDistance = d;
                }
            }
        }
        return best == null ? null : forms.get(best);
    }

    /** Whether the text, lower-cased with punctuation dropped, is one legal form: "LTD.", "S.A.". */
    boolean isLegalFormText(String text) {
        String t = new Punctuation().apply(text.toLowerCase(Locale.ROOT)).strip().replaceAll("\\s+", " ");
        return forms.get(t) != null;
    }
}
