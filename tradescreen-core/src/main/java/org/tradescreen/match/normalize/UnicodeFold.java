package org.tradescreen.match.normalize;

import com.ibm.icu.text.Normalizer2;

/**
 * Unicode NFKC with case folding (ICU's {@code NFKC_Casefold}): full-width and compatibility forms
 * become plain letters and case disappears, in every script ("ＭＩＮＩＳＴＲＹ" and "Ministry" agree).
 */
public final class UnicodeFold implements TextStep {

    public static final String NAME = "unicodeFold";
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String apply(String text) {
        return NFKC_CF.normalize(text);
    }
}
