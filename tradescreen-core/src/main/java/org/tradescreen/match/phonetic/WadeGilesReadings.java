package org.tradescreen.match.phonetic;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * The Wade-Giles readings of Han characters, as lists write them (no tone, no aspiration apostrophe, "ü" as "u":
 * 張 is "chang"), from pinyin4j. Its own Wade-Giles lookup runs an XPath query per character (1.8 s for all of
 * them, a third of the time of screening Chinese names); the spelling depends only on the toned pinyin syllable,
 * so it is asked once per syllable met (some 1,300 in all) and kept.
 */
final class WadeGilesReadings {

    private static final Map<String, String> BY_TONED_PINYIN = new ConcurrentHashMap<>();

    private WadeGilesReadings() {
    }

    /**
     * The character's Wade-Giles readings, one for each of its pinyin readings in their order ("" where pinyin4j
     * has none); an empty array for a character without readings.
     */
    static String[] of(char ch) {
        String[] toned = PinyinHelper.toHanyuPinyinStringArray(ch);
        if (toned == null) {
            return new String[0];
        }
        String[] out = new String[toned.length];
        for (int i = 0; i < toned.length; i++) {
            String known = BY_TONED_PINYIN.get(toned[i]);
            if (known == null) {
                learn(ch, toned);
                known = BY_TONED_PINYIN.getOrDefault(toned[i], "");
            }
            out[i] = known;
        }
        return out;
    }

    private static void learn(char ch, String[] toned) {
        String[] wadeGiles = PinyinHelper.toWadeGilesPinyinStringArray(ch);
        for (int i = 0; i < toned.length; i++) {
            // a reading pinyin4j cannot convert comes back null
            String w = wadeGiles != null && i < wadeGiles.length && wadeGiles[i] != null ? wadeGiles[i] : "";
            BY_TONED_PINYIN.putIfAbsent(toned[i], w.replaceAll("[^a-z]", ""));
        }
    }
}
