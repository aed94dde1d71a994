package org.tradescreen.match.normalize;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.text.Transliterator;
import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
    private static final Map<UnicodeScript, String> RULES = new EnumMap<>(UnicodeScript.class);

    static {
        RULES.put(UnicodeScript.HAN, "Han-Latin/Names");
        for (UnicodeScript script : List.of(UnicodeScript.CYRILLIC, UnicodeScript.GREEK, UnicodeScript.ARABIC,
                UnicodeScript.HEBREW, UnicodeScript.HANGUL, UnicodeScript.KATAKANA, UnicodeScript.HIRAGANA,
                UnicodeScript.DEVANAGARI, UnicodeScript.BENGALI, UnicodeScript.GURMUKHI, UnicodeScript.GUJARATI,
                UnicodeScript.ORIYA, UnicodeScript.TAMIL, UnicodeScript.TELUGU, UnicodeScript.KANNADA,
                UnicodeScript.MALAYALAM, UnicodeScript.THAI, UnicodeScript.MYANMAR, UnicodeScript.GEORGIAN,
                UnicodeScript.ARMENIAN, UnicodeScript.ETHIOPIC, UnicodeScript.SYRIAC, UnicodeScript.THAANA)) {
            String name = script.name().charAt(0) + script.name().substring(1).toLowerCase(java.util.Locale.ROOT);
            RULES.put(script, name + "-Latin");
        }
    }

    private static final String ANY = "Han-Latin/Names; Any-Latin";

    // ICU transliterators are not documented as thread-safe; one set per thread costs little.
    private static final ThreadLocal<Map<String, Transliterator>> CACHE =
            ThreadLocal.withInitial(java.util.HashMap::new);

    /**
     * Words already transliterated. Names share their words (family names, common given names, "bank"), and a
     * non-Latin word costs ICU tens of microseconds: a bounded cache of words makes a batch of names in other
     * scripts about as fast as one in Latin. Words are transliterated one at a time, which ICU's rules (all
     * within a word) allow.
     */
    private static final Cache<String, String> WORDS = Caffeine.newBuilder().maximumSize(200_000).build();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String apply(String text) {
        if (ascii(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            int end = i;
            boolean space = Character.isWhitespace(text.charAt(i));
            while (end < text.length() && Character.isWhitespace(text.charAt(end)) == space) {
                end++;
            }
            String part = text.substring(i, end);
            out.append(space || ascii(part) ? part : ideographs(part) ? syllables(part) : WORDS.get(part, ToLatin::word));
            i = end;
        }
        return out.toString();
    }

    /**
     * A word of Chinese characters, a syllable each: read one character at a time, as ICU reads them within a word
     * ("张玉英" is "zhang yu ying" either way), so that the cache holds characters, which names share far more than
     * whole words.
     */
    private static String syllables(String word) {
        StringBuilder out = new StringBuilder(word.length() * 5);
        for (int i = 0; i < word.length(); i++) {
            out.append(i == 0 ? "" : " ").append(WORDS.get(word.substring(i, i + 1), ToLatin::word));
        }
        return out.toString();
    }

    /**
     * Cyrillic names as the lists romanize them, by BGN/PCGN ("Хрущёв" is "Khrushchev", "Юрий" "Yuriy"), not by
     * the scholarly ISO 9 of ICU's generic Cyrillic-Latin ("Hruŝëv", which folds to "hrusev"); Ukrainian by its
     * own table when the word has a letter only Ukrainian writes ("Юрій" is "Yuriy", "Зеленський" "Zelens'kyy").
     */
    private static @Nullable String cyrillic(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = Character.toLowerCase(word.charAt(i));
            if ("іїєґ".indexOf(c) >= 0) {
                return "Ukrainian-Latin/BGN";
            }
            if ("ђћџљњјѓќѕ".indexOf(c) >= 0) {
                // Serbian and Macedonian: ICU's generic rules write them as their own Latin alphabets do ("Вучић"
                // is "Vučić")
                return RULES.get(UnicodeScript.CYRILLIC);
            }
        }
        return "Russian-Latin/BGN";
    }

    /** Only CJK unified ideographs (the iteration mark 々 and the rest are read in their context). */
    private static boolean ideographs(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < '\u4E00' || c > '\u9FFF') {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** One word, by the rules of its script (ICU's generic Any-Latin is some 20 times slower). */
    private static String word(String text) {
        UnicodeScript only = null;
        boolean mixed = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                continue;
            }
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
        // A word of Latin letters and punctuation ("People’s") needs only the fold: Han-Latin would space the
        // typographic apostrophe out ("people' s") and break the possessive.
        String rules = only == null || only == UnicodeScript.LATIN && !mixed ? FOLD
                : (mixed || !RULES.containsKey(only) ? ANY : only == UnicodeScript.CYRILLIC ? cyrillic(text)
                        : RULES.get(only)) + "; " + FOLD;
        return CACHE.get().computeIfAbsent(rules, Transliterator::getInstance).transliterate(text);
    }
}
