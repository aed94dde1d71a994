package org.tradescreen.match.phonetic;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.text.Transliterator;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes a name token of any script as the lower-case ASCII letters {@code a-z} that the correspondence
 * tables are learned over: "克 魯 森" becomes "kelusen", "حسين" becomes "hsyn", "kösen" becomes "kosen".
 * Each script has its own ICU chain (NFKC, the script's transform to Latin, Any-Latin for stray letters,
 * Latin-ASCII, lower case); everything that is not a letter afterwards is dropped, so the result is
 * never null and romanizing a romanization changes nothing. Whitespace inside the token is removed
 * first, because Han and kana arrive spaced per character and the transforms read them in context
 * (a small kana or a sokuon modifies its neighbour). Thread-safe: ICU transliterators are stateless.
 */
public final class Romanizer {

    private final Map<NameScript, Transliterator> toAscii = new EnumMap<>(NameScript.class);
    /** Tokens already romanized, by script: names share their words, and a chain costs tens of microseconds. */
    private final Cache<String, String> done = Caffeine.newBuilder().maximumSize(200_000).build();

    public Romanizer() {
        for (NameScript script : NameScript.values()) {
            StringBuilder rules = new StringBuilder(":: NFKC ;");
            script.toLatin().forEach(id -> rules.append(" :: ").append(id).append(" ;"));
            // Latin-ASCII leaves the schwa of Azerbaijani names alone.
            rules.append(" :: Any-Latin ; [ə Ə] > e ; :: Latin-ASCII ; :: Lower ;");
            toAscii.put(script, Transliterator.createFromRules("tradescreen-" + script, rules.toString(),
                    Transliterator.FORWARD));
        }
    }

    /** The token's letters in {@code a-z}, its script detected with {@link NameScript#of}. */
    public String romanize(String token) {
        return romanize(token, NameScript.of(token));
    }

    /** The token's letters in {@code a-z}, read as the given script. */
    public String romanize(String token, NameScript script) {
        String joined = withoutWhitespace(token);
        if (joined.isEmpty()) {
            return "";
        }
        if (bySyllable(joined)) {
            // a Chinese or Korean word is its syllables' romanizations written together: the cache then holds
            // syllables, which names share far more than whole words
            StringBuilder out = new StringBuilder(joined.length() * 5);
            for (int i = 0; i < joined.length(); i++) {
                String syllable = joined.substring(i, i + 1);
                out.append(done.get(script.ordinal() + ":" + syllable,
                        k -> lettersOnly(toAscii.get(script).transliterate(syllable))));
            }
            return out.toString();
        }
        return done.get(script.ordinal() + ":" + joined, k -> lettersOnly(toAscii.get(script).transliterate(joined)));
    }

    /** CJK unified ideographs and Hangul syllables only: each reads alike alone and within a word. */
    static boolean bySyllable(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= '\u4E00' && c <= '\u9FFF' || c >= '\uAC00' && c <= '\uD7A3')) {
                return false;
            }
        }
        return true;
    }

    private static String withoutWhitespace(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(b::appendCodePoint);
        return b.toString();
    }

    private static String lettersOnly(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
