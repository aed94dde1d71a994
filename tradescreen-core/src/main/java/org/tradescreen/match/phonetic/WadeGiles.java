package org.tradescreen.match.phonetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Chinese names written in Latin letters in the older Wade-Giles system, respelt in pinyin: "Hsi Chin-p'ing" is
 * "Xi Jinping", "Teng Hsiao-p'ing" is "Deng Xiaoping", "Chiang" is "Jiang". The syllable table comes from
 * pinyin4j's readings of every common Han character in both systems, paired reading by reading, kept as a
 * resource (reading them all from pinyin4j takes a third of a second at every start). Lists drop the
 * apostrophe that marks aspiration, so a Wade-Giles syllable without it may stand for two pinyin ones ("ping":
 * "bing" or "ping"); both are given. A word is respelt only when it divides wholly into Wade-Giles syllables
 * (at most {@value #MAX_SYLLABLES}), so most non-Chinese words have no pinyin spelling at all.
 */
public final class WadeGiles {

    private static final int MAX_SYLLABLES = 4;
    private static final int MAX_SPELLINGS = 16;
    private static final Map<String, Set<String>> PINYIN = table();
    private static final int LONGEST = PINYIN.keySet().stream().mapToInt(String::length).max().orElse(0);

    private WadeGiles() {
    }

    /**
     * The pinyin spellings of a lower-case Latin word read as Wade-Giles syllables ("chinping": "jinping",
     * "jinbing", "qinping"…), without the word itself; empty when it does not divide into such syllables.
     */
    public static Set<String> pinyin(String word) {
        Set<String> out = new LinkedHashSet<>();
        spell(word, 0, 0, new StringBuilder(), out);
        out.remove(word);
        return out.isEmpty() ? Set.of() : Collections.unmodifiableSet(out);
    }

    /**
     * {@link #pinyin}, remembered: the words of names repeat (given names, family names, "trading") and each is
     * respelt for every name that holds it. Only single words are remembered; words run together are each new.
     */
    public static Set<String> pinyinOfWord(String word) {
        Set<String> known = SPELT.get(word);
        if (known != null) {
            return known;
        }
        Set<String> spelt = pinyin(word);
        if (SPELT.size() < MAX_REMEMBERED) {
            SPELT.put(word, spelt);
        }
        return spelt;
    }

    private static final int MAX_REMEMBERED = 200_000;
    private static final Map<String, Set<String>> SPELT = new java.util.concurrent.ConcurrentHashMap<>();

    private static void spell(String word, int from, int syllables, StringBuilder prefix, Set<String> out) {
        if (from == word.length()) {
            out.add(prefix.toString());
            return;
        }
        if (syllables == MAX_SYLLABLES) {
            return;
        }
        for (int to = from + 1; to <= Math.min(word.length(), from + LONGEST) && out.size() < MAX_SPELLINGS; to++) {
            Set<String> readings = PINYIN.get(word.substring(from, to));
            if (readings == null) {
                continue;
            }
            for (String p : readings) {
                int mark = prefix.length();
                prefix.append(p);
                spell(word, to, syllables + 1, prefix, out);
                prefix.setLength(mark);
            }
        }
    }

    /** The syllable table, {@value #RESOURCE} beside this class: a Wade-Giles syllable, a tab, its pinyin ones. */
    static final String RESOURCE = "wade-giles.tsv";

    private static Map<String, Set<String>> table() {
        Map<String, Set<String>> table = new HashMap<>();
        try (InputStream in = WadeGiles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("syllable table missing from the build: " + RESOURCE);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (f.length == 2 && !line.startsWith("#")) {
                    // in the file's order: spell() stops at MAX_SPELLINGS, so which spellings a long word keeps
                    // must not hang on Set.of's iteration order, which changes from run to run
                    table.put(f[0], Collections.unmodifiableSet(new LinkedHashSet<>(List.of(f[1].split(" ")))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }

    /**
     * The table as pinyin4j's readings give it, for every common Han character, paired reading by reading; what
     * {@value #RESOURCE} holds (a test compares the two, and writes the file when asked).
     */
    static Map<String, Set<String>> fromPinyin4j() {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        Map<String, Set<String>> table = new java.util.TreeMap<>();
        try {
            for (char ch = '\u4E00'; ch <= '\u9FA5'; ch++) {
                String[] wadeGiles = WadeGilesReadings.of(ch);
                String[] pinyin = PinyinHelper.toHanyuPinyinStringArray(ch, format);
                for (int i = 0; pinyin != null && i < Math.min(wadeGiles.length, pinyin.length); i++) {
                    if (!wadeGiles[i].isEmpty()) {
                        table.computeIfAbsent(wadeGiles[i], k -> new java.util.TreeSet<>()).add(pinyin[i].replace("v", "u"));
                    }
                }
            }
        } catch (BadHanyuPinyinOutputFormatCombination impossible) {
            throw new IllegalStateException(impossible);
        }
        return table;
    }
}
