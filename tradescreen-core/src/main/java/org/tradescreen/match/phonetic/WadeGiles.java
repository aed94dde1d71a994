package org.tradescreen.match.phonetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.jspecify.annotations.Nullable;

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
    private static final Syllables SYLLABLES = new Syllables(table());

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
        int node = Syllables.ROOT;
        for (int to = from + 1; to <= word.length() && out.size() < MAX_SPELLINGS; to++) {
            node = SYLLABLES.next(node, word.charAt(to - 1));
            if (node < 0) {
                return; // no syllable starts with these letters, nor with any longer run of them
            }
            Set<String> readings = SYLLABLES.readings(node);
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

    /**
     * The syllable table as a tree of letters: the syllables starting at a place in a word are found in one walk
     * along it, where looking each run of letters up would cut and hash a string for every length. Scoring
     * respells the words of every list name it compares run together ("chin"+"ping"), most of which are not Chinese.
     */
    private static final class Syllables {
        static final int ROOT = 0;
        private static final int LETTERS = 26;

        /** Per node and letter a..z, the node it leads to, or -1. */
        private final int[] next;
        private final List<@Nullable Set<String>> readings;

        Syllables(Map<String, Set<String>> table) {
            int most = 1 + table.keySet().stream().mapToInt(String::length).sum(); // a node per letter at most
            this.next = new int[most * LETTERS];
            Arrays.fill(next, -1);
            this.readings = new ArrayList<>(Collections.nCopies(most, null));
            int nodes = 1;
            for (Map.Entry<String, Set<String>> e : table.entrySet()) {
                int node = ROOT;
                for (int i = 0; i < e.getKey().length(); i++) {
                    int letter = e.getKey().charAt(i) - 'a';
                    if (letter < 0 || letter >= LETTERS) {
                        throw new IllegalStateException("syllable table: '" + e.getKey() + "' is not in letters a to z");
                    }
                    if (next[node * LETTERS + letter] < 0) {
                        next[node * LETTERS + letter] = nodes++;
                    }
                    node = next[node * LETTERS + letter];
                }
                readings.set(node, e.getValue());
            }
        }

        /** The node the letter leads to from {@code node}, or -1 (also for anything but a to z). */
        int next(int node, char letter) {
            int l = letter - 'a';
            return l >= 0 && l < LETTERS ? next[node * LETTERS + l] : -1;
        }

        /** The pinyin readings of the syllable spelt by the letters leading to {@code node}, or null. */
        @Nullable Set<String> readings(int node) {
            return readings.get(node);
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
