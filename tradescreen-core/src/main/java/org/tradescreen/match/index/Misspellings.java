package org.tradescreen.match.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tradescreen.match.normalize.Sounds;

/**
 * How a misspelt query token reaches the vocabulary of an index without scanning it: through one-letter
 * deletions (any single typo, as SymSpell does), letter trigrams (larger damage) and Double Metaphone codes
 * (spelling by sound). Immutable once built; the trigram counting uses per-thread working memory.
 */
final class Misspellings {

    private static final int[] NONE = new int[0];
    /** The most vocabulary tokens a trigram lookup returns. */
    static final int MAX_TRIGRAM_TOKENS = 256;

    private final Map<String, Integer> vocabulary;
    private final Map<Integer, int[]> trigramTokens;
    private final Map<String, int[]> soundTokens;
    private final Map<String, int[]> deletionTokens;
    private final ThreadLocal<TrigramCount> counts;

    private Misspellings(Map<String, Integer> vocabulary, Map<Integer, int[]> trigramTokens,
            Map<String, int[]> soundTokens, Map<String, int[]> deletionTokens) {
        this.vocabulary = vocabulary;
        this.trigramTokens = trigramTokens;
        this.soundTokens = soundTokens;
        this.deletionTokens = deletionTokens;
        int size = vocabulary.size();
        this.counts = ThreadLocal.withInitial(() -> new TrigramCount(size));
    }

    /** The lookup tables of a vocabulary (token i of {@code tokens} has id i). */
    static Misspellings of(List<String> tokens, Map<String, Integer> vocabulary) {
        Map<Integer, List<Integer>> grams = new HashMap<>();
        Map<String, List<Integer>> sounds = new HashMap<>();
        Map<String, List<Integer>> deletions = new HashMap<>();
        for (int t = 0; t < tokens.size(); t++) {
            String tok = tokens.get(t);
            if (tok.length() < 3 || Character.isDigit(tok.charAt(0))) {
                continue;
            }
            for (int g : trigrams(tok)) {
                addOnce(grams.computeIfAbsent(g, k -> new ArrayList<>()), t);
            }
            sounds.computeIfAbsent(sound(tok), k -> new ArrayList<>()).add(t);
            for (int i = 0; i < tok.length(); i++) {
                addOnce(deletions.computeIfAbsent(deletion(tok, i), k -> new ArrayList<>()), t);
            }
        }
        return new Misspellings(vocabulary, IndexBuilder.compile(grams), IndexBuilder.compile(sounds),
                IndexBuilder.compile(deletions));
    }

    private static void addOnce(List<Integer> list, int t) {
        if (list.isEmpty() || list.get(list.size() - 1) != t) {
            list.add(t);
        }
    }

    /**
     * Vocabulary tokens one edit away, through the deletion neighbourhood: a typo that drops, adds, changes or
     * swaps one letter leaves the two tokens sharing a one-letter deletion ("fuqran" and "furqan" both give
     * "furan"), which trigrams miss in short tokens.
     */
    int[] oneEdit(String token) {
        int[] direct = deletionTokens.getOrDefault(token, NONE);
        int[] out = Arrays.copyOf(direct, direct.length + 16);
        int n = direct.length;
        for (int i = 0; i < token.length(); i++) {
            String deleted = deletion(token, i);
            Integer t = vocabulary.get(deleted);
            int[] shared = deletionTokens.getOrDefault(deleted, NONE);
            if (n + shared.length + 1 > out.length) {
                out = Arrays.copyOf(out, 2 * (n + shared.length + 1));
            }
            if (t != null) {
                out[n++] = t;
            }
            System.arraycopy(shared, 0, out, n, shared.length);
            n += shared.length;
        }
        return Arrays.copyOf(out, n);
    }

    /** Vocabulary tokens sharing at least half the token's trigrams, at most {@link #MAX_TRIGRAM_TOKENS}. */
    int[] sharingTrigrams(String token) {
        return sharingTrigrams(token, MAX_TRIGRAM_TOKENS);
    }

    /** Vocabulary tokens sharing at least half the token's trigrams, at most {@code limit} of them. */
    int[] sharingTrigrams(String token, int limit) {
        TrigramCount count = counts.get();
        int[] grams = trigrams(token);
        int need = Math.max(2, (grams.length + 1) / 2);
        int found = 0;
        for (int g : grams) {
            int[] ts = trigramTokens.get(g);
            if (ts == null) {
                continue;
            }
            for (int t : ts) {
                if (count.hits[t] == 0) {
                    count.touched[count.touchedCount++] = t;
                }
                if (++count.hits[t] == need && found < limit) {
                    if (found == count.result.length) {
                        count.result = Arrays.copyOf(count.result, 2 * found);
                    }
                    count.result[found++] = t;
                }
            }
        }
        // put the counts back to zero by touching only the tokens counted
        for (int i = 0; i < count.touchedCount; i++) {
            count.hits[count.touched[i]] = 0;
        }
        count.touchedCount = 0;
        return Arrays.copyOf(count.result, found);
    }

    /** Per-thread working memory of the trigram lookup: a count per vocabulary token and the tokens counted. */
    private static final class TrigramCount {
        final int[] hits;
        final int[] touched;
        int[] result = new int[MAX_TRIGRAM_TOKENS];
        int touchedCount;

        TrigramCount(int vocabularySize) {
            hits = new int[vocabularySize];
            touched = new int[vocabularySize];
        }
    }

    /** Vocabulary tokens that sound like the token. */
    int[] soundingLike(String token) {
        return soundTokens.getOrDefault(sound(token), NONE);
    }

    static int[] trigrams(String token) {
        String t = "$" + token + "$";
        int[] out = new int[Math.max(0, t.length() - 2)];
        for (int i = 0; i + 3 <= t.length(); i++) {
            // packed letters times an odd constant: still one key per trigram, but spread over the table
            out[i] = ((t.charAt(i) << 16) | (t.charAt(i + 1) << 8) | t.charAt(i + 2)) * 0x9E3779B9;
        }
        return out;
    }

    static String sound(String token) {
        return Sounds.of(token);
    }

    static String deletion(String token, int i) {
        return token.substring(0, i) + token.substring(i + 1);
    }
}
