package org.tradescreen.match.phonetic;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import java.util.List;

/**
 * The writing system of one name token, as far as cross-script matching cares: {@link #LATIN}, the six
 * scripts that have a learned correspondence table, and {@link #OTHER} for every other script (Greek,
 * Thai, Devanagari…) and for tokens without letters. Each constant names the ICU transforms that take
 * its letters to Latin. A token is classed by the majority of its letters, except that any kana makes
 * it {@link #KANA}: Japanese names mix kanji and kana, and only the kana carry the reading.
 */
public enum NameScript {
    LATIN(),
    CYRILLIC("Cyrillic-Latin"),
    ARABIC("Arabic-Latin"),
    HEBREW("Hebrew-Latin"),
    HAN("Han-Latin/Names"),
    HANGUL("Hangul-Latin"),
    KANA("Hiragana-Katakana", "Katakana-Latin"),
    OTHER();

    private final List<String> toLatin;

    NameScript(String... toLatin) {
        this.toLatin = List.of(toLatin);
    }

    /** The ICU transform ids that take this script to Latin; Any-Latin follows them for stray letters. */
    List<String> toLatin() {
        return toLatin;
    }

    /** The script of the token's letters; {@link #OTHER} when it has none. */
    public static NameScript of(CharSequence token) {
        int[] letters = new int[values().length];
        for (int i = 0; i < token.length(); ) {
            int cp = Character.codePointAt(token, i);
            i += Character.charCount(cp);
            int script = UScript.getScript(cp);
            // Common and inherited letters (the kana length mark, modifier apostrophes) belong to any script.
            if (UCharacter.isLetter(cp) && script != UScript.COMMON && script != UScript.INHERITED) {
                letters[ofScript(script).ordinal()]++;
            }
        }
        if (letters[KANA.ordinal()] > 0) {
            return KANA;
        }
        NameScript best = OTHER;
        for (NameScript s : values()) {
            if (letters[s.ordinal()] > letters[best.ordinal()]) {
                best = s;
            }
        }
        return best;
    }

    private static NameScript ofScript(int script) {
        return switch (script) {
            case UScript.LATIN -> LATIN;
            case UScript.CYRILLIC -> CYRILLIC;
            case UScript.ARABIC -> ARABIC;
            case UScript.HEBREW -> HEBREW;
            case UScript.HAN -> HAN;
            case UScript.HANGUL -> HANGUL;
            case UScript.HIRAGANA, UScript.KATAKANA -> KANA;
            default -> OTHER;
        };
    }
}
