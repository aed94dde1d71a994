package org.tradescreen.match.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tradescreen.match.normalize.Sounds;
import org.tradescreen.match.phonetic.CrossScriptSimilarity;
import org.tradescreen.match.phonetic.NameScript;
import org.tradescreen.match.phonetic.PhoneticToken;
import org.tradescreen.match.phonetic.SyllableReadings;
import org.tradescreen.match.phonetic.WadeGiles;
import org.tradescreen.match.normalize.NameEndings;
import org.tradescreen.match.normalize.NormalizedName;
import org.tradescreen.match.normalize.TokenKind;

/**
 * A normalized name with what scoring needs per token computed once: its weight and its phonetic code.
 * List names are prepared when the index is built, query names once per query.
 */
public final class PreparedName {

    final NormalizedName name;
    final String[] tokens;
    final TokenKind[] kinds;
    final double[] weights;
    final String[] phonetic;
    final @Nullable PreparedName inScript;
    /** Each token written together with the next one and the next two ("plat"+"ono", "plat"+"ono"+"vich"), or null. */
    final String[] join2;
    final String[] join3;
    /** Each token's pinyin spellings when it reads as Wade-Giles ({@link WadeGiles}); else null. */
    final Set<String>[] pinyin;
    /**
     * The same for two and three adjacent tokens written together, worked out when scoring first asks (most names
     * prepared are never compared word-joined against anything): null until then.
     */
    private volatile Set<String> @Nullable [] pinyin2;
    private volatile Set<String> @Nullable [] pinyin3;
    /** Each name token's stems without a Baltic or Slavic ending ({@link NameEndings}), or null. */
    final String[][] stems;
    /** The name's words for cross-script comparison: romanized keys, computed once. */
    final PhoneticToken[] words;
    /**
     * For a name written all in Han or all in Hangul: the same name with one token per syllable, each with
     * every Latin spelling it has ({@link SyllableReadings}); else null.
     */
    final @Nullable PreparedName syllabic;
    /** The spellings of each token, when this is the syllabic form of a name; else null. */
    final @Nullable List<Set<String>> readings;
    /** Where each word of the syllabic form starts, and (last) its token count; else null. */
    final int @Nullable [] wordStarts;
    /** Whether the name is a Chinese or Korean person's, not a foreign name written in Han or Hangul. */
    final boolean personal;

    /** A Latin-script name, or one whose own-script form does not matter. */
    public PreparedName(NormalizedName name, TokenWeights weights) {
        this(name, weights, null);
    }

    /**
     * A name with, for a non-Latin original, its own-script form too ({@link
     * org.tradescreen.match.normalize.NameAnalyzer#analyzeInScript}); two names in the same script are
     * scored in both forms and the lower score stands.
     */
    public PreparedName(NormalizedName name, TokenWeights weights, @Nullable NormalizedName inScript) {
        this.name = name;
        int n = name.size();
        this.tokens = new String[n];
        this.kinds = new TokenKind[n];
        this.weights = new double[n];
        this.phonetic = new String[n];
        for (int i = 0; i < n; i++) {
            tokens[i] = name.token(i);
            kinds[i] = name.kind(i);
            this.weights[i] = weights.weight(tokens[i], kinds[i]);
            phonetic[i] = kinds[i] == TokenKind.NAME && tokens[i].length() >= 3 ? Sounds.of(tokens[i]) : "";
        }
        this.join2 = new String[n];
        this.join3 = new String[n];
        for (int i = 0; i + 1 < n; i++) {
            join2[i] = tokens[i] + tokens[i + 1];
            if (i + 2 < n) {
                join3[i] = join2[i] + tokens[i + 2];
            }
        }
        this.pinyin = romanized(tokens, kinds, true);
        this.stems = new String[n][];
        for (int i = 0; i < n; i++) {
            Set<String> st = kinds[i] == TokenKind.NAME ? NameEndings.stems(tokens[i]) : Set.of();
            if (!st.isEmpty()) {
                stems[i] = st.toArray(String[]::new);
            }
        }
        this.inScript = inScript == null || inScript.isEmpty() || inScript.script() == Character.UnicodeScript.LATIN ? null
                : new PreparedName(inScript, TokenWeights.BY_KIND, null);
        this.words = this.inScript != null ? nativeWords(name.original()) : latinWords();
        this.readings = null;
        this.wordStarts = null;
        SyllableReadings.Syllables read = this.inScript != null ? SyllableReadings.of(name.original()) : null;
        this.syllabic = read == null ? null : new PreparedName(name.original(), read.words(), weights);
        this.personal = read != null && read.personal();
    }

    /** The syllabic form of a name: a token per syllable, spelt by its first reading and weighted as that word. */
    private PreparedName(String original, List<List<Set<String>>> words, TokenWeights weights) {
        List<Set<String>> syllables = words.stream().flatMap(List::stream).toList();
        this.wordStarts = new int[words.size() + 1];
        for (int w = 0; w < words.size(); w++) {
            wordStarts[w + 1] = wordStarts[w] + words.get(w).size();
        }
        int n = syllables.size();
        String[] first = syllables.stream().map(s -> s.iterator().next()).toArray(String[]::new);
        TokenKind[] names = new TokenKind[n];
        java.util.Arrays.fill(names, TokenKind.NAME);
        this.name = new NormalizedName(original, first, names, org.tradescreen.model.Name.scriptOf(original));
        this.tokens = first;
        this.kinds = names;
        this.weights = new double[n];
        this.phonetic = new String[n];
        for (int i = 0; i < n; i++) {
            this.weights[i] = weights.weight(first[i], TokenKind.NAME);
            this.phonetic[i] = "";
        }
        this.join2 = new String[n];
        this.join3 = new String[n];
        this.pinyin = romanized(new String[n], names, true);
        this.pinyin2 = pinyin;
        this.pinyin3 = pinyin;
        this.stems = new String[n][];
        this.inScript = null;
        this.words = new PhoneticToken[0];
        this.syllabic = null;
        this.personal = false;
        this.readings = List.copyOf(syllables);
    }

    /** The pinyin spellings of words that read as Wade-Giles, null for the others (most). */
    @SuppressWarnings("unchecked")
    private static Set<String>[] romanized(String[] words, TokenKind[] kinds, boolean single) {
        Set<String>[] out = new Set[words.length];
        for (int i = 0; i < words.length; i++) {
            if (words[i] != null && kinds[i] == TokenKind.NAME) {
                Set<String> p = single ? WadeGiles.pinyinOfWord(words[i]) : WadeGiles.pinyin(words[i]);
                out[i] = p.isEmpty() ? null : p;
            }
        }
        return out;
    }

    /** Latin tokens are already romanized: their key is their letters, no ICU needed. */
    private PhoneticToken[] latinWords() {
        List<PhoneticToken> out = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String key = letters(tokens[i]);
            if (kinds[i] == TokenKind.NAME && !key.isEmpty()) {
                out.add(new PhoneticToken(tokens[i], NameScript.LATIN, key));
            }
        }
        return out.toArray(PhoneticToken[]::new);
    }

    private static String letters(String token) {
        StringBuilder sb = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char ch = token.charAt(i);
            if (ch >= 'a' && ch <= 'z') {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** Spaces, punctuation, middle dots and dashes: compiled once, as every non-Latin list name reached is split. */
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\p{Punct}\u00B7\u30FB\u2010-\u2015]+");

    /** The words of a non-Latin name as written (Han and Kana names stay whole: one word, many syllables). */
    private static PhoneticToken[] nativeWords(String original) {
        List<PhoneticToken> out = new ArrayList<>();
        CrossScriptSimilarity cross = CrossScriptSimilarity.standard();
        for (String w : WORD_BREAKS.split(original)) {
            if (!w.isBlank()) {
                PhoneticToken t = cross.prepare(w);
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out.toArray(PhoneticToken[]::new);
    }

    /** The name in its own script, as scored beside {@link #name}; null when that form does not count. */
    public @Nullable NormalizedName inScript() {
        return inScript == null ? null : inScript.name;
    }

    public NormalizedName name() {
        return name;
    }

    public int size() {
        return tokens.length;
    }

    /** The pinyin spellings of tokens {@code i..i+extra} written together (extra 1 or 2), or null. */
    Set<String> pinyinJoined(int i, int extra) {
        Set<String>[] joined = extra == 1 ? pinyin2 : pinyin3;
        if (joined == null) {
            joined = romanized(extra == 1 ? join2 : join3, kinds, false);
            if (extra == 1) {
                pinyin2 = joined;
            } else {
                pinyin3 = joined;
            }
        }
        return joined[i];
    }

    /** The sum of the name's token weights. */
    public double totalWeight() {
        double w = 0;
        for (double x : weights) {
            w += x;
        }
        return w;
    }

    /** The initials of the name's NAME tokens: "ifsc" for "institute of forensic science china". */
    String initials() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            if (kinds[i] == TokenKind.NAME) {
                sb.append(tokens[i].charAt(0));
            }
        }
        return sb.toString();
    }
}
