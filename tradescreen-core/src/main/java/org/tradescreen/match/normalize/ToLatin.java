package org.tradescreen.match.normalize;

import com.ibm.icu.text.Transliterator;
import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/**
 * Transliterates every script to ASCII Latin with ICU: Han by its name readings (Pinyin, "公安部" to
 * "gong an bu"), Cyrillic, Greek, Arabic, Hebrew, Hangul, Kana and the rest by ICU's script rules, then
 * diacritics folded ("Müller" to "muller", "Đức" to "duc"). ASCII text skips ICU entirely, and text in
 * one known script uses that script's rules directly: ICU's generic Any-Latin is some 20 times slower.
 */
public final class ToLatin implements TextStep {

    public static final String NAME = "toLatin";
    /** Run after every script's rules; Latin text needs nothing else (measured: half the time of running it twice). */
    private static final String FOLD = "Latin-ASCII; [:^ASCII:] Remove";
    private static final Map<UnicodeScript, String> RULES = new EnumMap<>(Map.of(
            UnicodeScript.HAN, "Han-Latin/Names",
            UnicodeScript.CYRILLIC, "Cyrillic-Latin",
            UnicodeScript.GREEK, "Greek-Latin",
            UnicodeScript.ARABIC, "Arabic-Latin",
            UnicodeScript.HEBREW, "Hebrew-Latin",
            UnicodeScript.HANGUL, "Hangul-Latin",
            UnicodeScript.KATAKANA, "Katakana-Latin",
            UnicodeScript.HIRAGANA, "Hiragana-Latin"));
    private static final String ANY = "Han-Latin/Names; Any-Latin";

    // ICU transliterators are not documented as thread-safe; one set per thread costs little.
    private static final ThreadLocal<Map<String, Transliterator>> CACHE =
            ThreadLocal.withInitial(java.util.HashMap::new);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String apply(String text) {
        UnicodeScript only = null;
        boolean ascii = true;
        boolean mixed = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                continue;
            }
            ascii = false;
            UnicodeScript s = UnicodeScript.of(cp);
            if (s == UnicodeScript.COMMON || s == UnicodeScript.INHERITED) {
                continue;
            }
            if (only == null) {
                only = s;
            } else if (only != s) {
                mixed = true;
            }
        }
        if (ascii) {
            return text;
        }
        String rules = only == UnicodeScript.LATIN && !mixed ? FOLD
                : (mixed || only == null || !RULES.containsKey(only) ? ANY : RULES.get(only)) + "; " + FOLD;
        return CACHE.get().computeIfAbsent(rules, Transliterator::getInstance).transliterate(text);
    }
}
