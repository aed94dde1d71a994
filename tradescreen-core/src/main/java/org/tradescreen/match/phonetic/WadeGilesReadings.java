package org.tradescreen.match.phonetic;

import java.util.HashMap;
import java.util.Map;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * The Wade-Giles readings of Han characters, as lists write them (no tone, no aspiration apostrophe, "ü" as "u":
 * 張 is "chang"), from pinyin4j. Its own Wade-Giles lookup runs an XPath query per character (1.8 s for all of
 * them, a third of the time of screening Chinese names); the spelling depends only on the toned pinyin syllable,
 * so it is asked once per syllable (some 1,300) and kept.
 */
final class WadeGilesReadings {

    private static final Map<String, String> BY_TONED_PINYIN = table();

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
        return java.util.Arrays.stream(toned).map(t -> BY_TONED_PINYIN.getOrDefault(t, "")).toArray(String[]::new);
    }

    private static Map<String, String> table() {
        Map<String, String> table = new HashMap<>();
        for (char ch = '\u3400'; ch <= '\u9FFF'; ch++) {
            String[] toned = PinyinHelper.toHanyuPinyinStringArray(ch);
            if (toned == null || java.util.Arrays.stream(toned).allMatch(table::containsKey)) {
                continue;
            }
            String[] wadeGiles = PinyinHelper.toWadeGilesPinyinStringArray(ch);
            for (int i = 0; wadeGiles != null && i < Math.min(toned.length, wadeGiles.length); i++) {
                // a reading pinyin4j cannot convert comes back null
                table.putIfAbsent(toned[i], wadeGiles[i] == null ? "" : wadeGiles[i].replaceAll("[^a-z]", ""));
            }
        }
        return Map.copyOf(table);
    }
}
