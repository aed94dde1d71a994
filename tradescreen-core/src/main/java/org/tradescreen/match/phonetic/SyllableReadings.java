package org.tradescreen.match.phonetic;

import java.util.ArrayList;
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
 * The Latin spellings of each syllable of a name written in Han characters or in Hangul: one syllable per
 * character, each with every way lists write it. A Han character is read in every reading it has (heteronyms:
 * 單 is "shan" and "dan"), in pinyin and in Wade-Giles ("zhang" and "chang", "xiao" and "hsiao"), from
 * pinyin4j's tables. A Hangul syllable is spelt from its letters in the Revised Romanization and in
 * McCune-Reischauer without diacritics (정: "jeong", "jong", "chong", "chung", "jung"), plus the popular spellings
 * of common surnames that follow neither (이: "lee", 박: "park").
 *
 * <p>A different syllable is a different character, so a Latin name matches a syllable only by one of its
 * spellings, never by a near one: "sun" is not 孙's near miss of "yun". And a word of the name (a given name of
 * two syllables) is matched whole or not at all. That is what keeps two-syllable Chinese and Korean names from
 * meeting the thousands of romanized East Asian names on the lists.
 */
public final class SyllableReadings {

    private static final HanyuPinyinOutputFormat PINYIN = new HanyuPinyinOutputFormat();

    static {
        PINYIN.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        PINYIN.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        PINYIN.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    // Hangul letters by their index in a syllable block (Unicode: initial, medial, final).
    private static final String[][] INITIALS = {{"g", "k"}, {"kk", "gg", "k"}, {"n"}, {"d", "t"}, {"tt", "dd"},
        {"r", "l"}, {"m"}, {"b", "p"}, {"pp", "bb"}, {"s", "sh"}, {"ss", "s"}, {""}, {"j", "ch"}, {"jj", "tch"},
        {"ch"}, {"k"}, {"t"}, {"p"}, {"h"}};
    private static final String[][] MEDIALS = {{"a"}, {"ae"}, {"ya"}, {"yae"}, {"eo", "o", "u"}, {"e"},
        {"yeo", "yo", "you"}, {"ye"}, {"o"}, {"wa"}, {"wae"}, {"oe", "oi", "we"}, {"yo"}, {"u", "oo"}, {"wo"},
        {"we"}, {"wi"}, {"yu", "yoo"}, {"eu", "u"}, {"ui", "eui"}, {"i", "ee"}};
    private static final String[][] FINALS = {{""}, {"k", "g"}, {"k"}, {"k"}, {"n"}, {"n"}, {"n"}, {"t", "d"},
        {"l", "r"}, {"k"}, {"m"}, {"l"}, {"l"}, {"l"}, {"p"}, {"l"}, {"m"}, {"p", "b"}, {"p"}, {"t", "s"}, {"t"},
        {"ng"}, {"t"}, {"t"}, {"k"}, {"t"}, {"p"}, {"t"}};
    /** Popular spellings of common Korean surnames that neither system gives. */
    private static final Map<Character, List<String>> SURNAMES = Map.ofEntries(
            Map.entry('이', List.of("lee", "yi", "rhee")), Map.entry('리', List.of("lee", "li", "rhee")),
            Map.entry('박', List.of("park")), Map.entry('오', List.of("oh")), Map.entry('서', List.of("suh")),
            Map.entry('노', List.of("noh", "roh")), Map.entry('허', List.of("hur")), Map.entry('안', List.of("ahn")),
            Map.entry('손', List.of("sohn")), Map.entry('임', List.of("lim", "rim")), Map.entry('류', List.of("yoo", "yu")),
            Map.entry('유', List.of("ryu")), Map.entry('백', List.of("baik", "paik")), Map.entry('신', List.of("shin")),
            Map.entry('김', List.of("kim")), Map.entry('문', List.of("moon")), Map.entry('윤', List.of("yoon")));

    /** Readings of the Han characters met so far: names repeat them, and pinyin4j's lookups are slow. */
    private static final Map<Integer, Set<String>> HAN = new java.util.concurrent.ConcurrentHashMap<>();

    private SyllableReadings() {
    }

    /**
     * A name read syllable by syllable.
     *
     * @param words    the words of the name, each a list of its syllables' spellings, in order
     * @param personal whether it is a Chinese or Korean person's name rather than a foreign name written in Han or
     *                 Hangul: it has a common family name ({@code surnames.txt}) as a word of its own, or is one
     *                 word of two or three syllables that begins with one
     */
    public record Syllables(List<List<Set<String>>> words, boolean personal) {
    }

    private static final Set<String> SURNAMES_WRITTEN = surnames();

    /**
     * {@code name} read syllable by syllable, when every letter of it is a Han character or every letter a Hangul
     * syllable (spaces and punctuation apart); else null. A word is a unit of the name (a surname, a given name).
     * A name written as one word is cut after its family name, the first one or two syllables in Chinese and
     * Korean: "李明宗" is 李 and 明宗, "张兵" is 张 and 兵, "欧阳娜娜" is 欧阳 and 娜娜.
     */
    public static @Nullable Syllables of(String name) {
        List<List<Set<String>>> words = new ArrayList<>();
        List<String> written = new ArrayList<>();
        List<Set<String>> word = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Character.UnicodeScript script = null;
        for (int i = 0; i <= name.length(); ) {
            int cp = i < name.length() ? name.codePointAt(i) : ' ';
            i += i < name.length() ? Character.charCount(cp) : 1;
            if (!Character.isLetter(cp)) {
                if (!word.isEmpty()) {
                    words.add(word);
                    written.add(text.toString());
                    word = new ArrayList<>();
                    text.setLength(0);
                }
                continue;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (script != null && s != script || s != Character.UnicodeScript.HAN && s != Character.UnicodeScript.HANGUL) {
                return null;
            }
            script = s;
            Set<String> spellings = s == Character.UnicodeScript.HAN ? HAN.computeIfAbsent(cp, SyllableReadings::han)
                    : hangul(cp);
            if (spellings.isEmpty()) {
                return null;
            }
            word.add(spellings);
            text.appendCodePoint(cp);
        }
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() == 1) {
            String whole = written.get(0);
            int family = whole.length() >= 3 && SURNAMES_WRITTEN.contains(whole.substring(0, 2)) ? 2
                    : whole.length() >= 2 && whole.length() <= 3 && SURNAMES_WRITTEN.contains(whole.substring(0, 1)) ? 1 : 0;
            if (family == 0) {
                return new Syllables(words, false);
            }
            // Cut, but not taken for a person's name: "马丁" begins with a family name and is "Martin".
            List<Set<String>> all = words.get(0);
            return new Syllables(List.of(all.subList(0, family), all.subList(family, all.size())), false);
        }
        return new Syllables(words, written.stream().anyMatch(SURNAMES_WRITTEN::contains));
    }

    private static Set<String> surnames() {
        try (java.io.InputStream in = SyllableReadings.class.getResourceAsStream("surnames.txt")) {
            if (in == null) {
                throw new IllegalStateException("surnames.txt missing from the build");
            }
            Set<String> out = new java.util.HashSet<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    out.addAll(java.util.Arrays.asList(line.strip().split("\\s+")));
                }
            }
            out.remove("");
            return Set.copyOf(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Whether {@code latin} is syllables {@code from} (inclusive) to {@code to} (exclusive), written together
     * in one of their spellings each: "haiyan" for 海燕, "yongho" for 영호.
     */
    public static boolean spells(List<Set<String>> syllables, int from, int to, String latin) {
        return spells(syllables, from, to, latin, 0);
    }

    private static boolean spells(List<Set<String>> syllables, int from, int to, String latin, int at) {
        if (from == to) {
            return at == latin.length();
        }
        for (String s : syllables.get(from)) {
            if (!s.isEmpty() && latin.startsWith(s, at) && spells(syllables, from + 1, to, latin, at + s.length())) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> han(int cp) {
        Set<String> out = new LinkedHashSet<>();
        if (Character.isSupplementaryCodePoint(cp)) {
            return out;
        }
        char ch = (char) cp;
        try {
            String[] pinyin = PinyinHelper.toHanyuPinyinStringArray(ch, PINYIN);
            if (pinyin != null) {
                for (String p : pinyin) {
                    // "lv" (lü) is written "lu", "lv" and "lyu"
                    out.add(p.replace("v", "u"));
                    if (p.contains("v")) {
                        out.add(p);
                        out.add(p.replace("v", "yu"));
                    }
                }
            }
        } catch (BadHanyuPinyinOutputFormatCombination impossible) {
            throw new IllegalStateException(impossible);
        }
        out.addAll(java.util.Arrays.asList(WadeGilesReadings.of(ch)));
        out.remove("");
        return java.util.Collections.unmodifiableSet(out);
    }

    private static Set<String> hangul(int cp) {
        Set<String> out = new LinkedHashSet<>();
        int index = cp - 0xAC00;
        if (index < 0 || index >= 11172) {
            return out;
        }
        int initial = index / (21 * 28);
        int medial = index % (21 * 28) / 28;
        int fin = index % 28;
        for (String i : INITIALS[initial]) {
            for (String m : MEDIALS[medial]) {
                for (String f : FINALS[fin]) {
                    out.add(i + m + f);
                }
            }
        }
        out.addAll(SURNAMES.getOrDefault((char) cp, List.of()));
        return out;
    }
}
