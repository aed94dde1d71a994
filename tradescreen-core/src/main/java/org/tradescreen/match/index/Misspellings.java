package org.tradescreen.match.index;

import java.util.Arrays;
import org.tradescreen.match.normalize.Sounds;

/**
 * How a misspelt query token reaches the vocabulary of an index without scanning it: through one-letter
 * deletions (any single typo, as SymSpell does), letter trigrams (larger damage) and Double Metaphone codes
 * (spelling by sound). Read from the index file; the trigram counting uses working memory lent per query ({@link Scratch}).
 */
final class Misspellings {

    /** The most vocabulary tokens a trigram lookup returns. */
    static final int MAX_TRIGRAM_TOKENS = 256;

    private final Terms terms;
    private final Lookup trigramTokens;
    private final Lookup soundTokens;
    private final Lookup deletionTokens;
    private final Scratch<TrigramCount> counts;

    Misspellings(IndexFileReader file, Terms terms) {
        this.terms = terms;
        this.deletionTokens = new Lookup(file, Table.DELETION_KEYS, Table.DELETION_SPANS, Table.DELETION_TERMS);
        this.trigramTokens = new Lookup(file, Table.TRIGRAM_KEYS, Table.TRIGRAM_SPANS, Table.TRIGRAM_TERMS);
        this.soundTokens = new Lookup(file, Table.SOUND_KEYS, Table.SOUND_SPANS, Table.SOUND_TERMS);
        int size = terms.count();
        this.counts = new Scratch<>(() -> new TrigramCount(size));
    }

    /**
     * Vocabulary tokens one edit away, through the deletion neighbourhood: a typo that drops, adds, changes or
     * swaps one letter leaves the two tokens sharing a one-letter deletion ("fuqran" and "furqan" both give
     * "furan"), which trigrams miss in short tokens.
     */
    int[] oneEdit(String token) {
        int[] direct = deletionTokens.get(Hashes.of(token));
        int[] out = Arrays.copyOf(direct, direct.length + 16);
        int n = direct.length;
        for (int i = 0; i < token.length(); i++) {
            String deleted = deletion(token, i);
            int t = terms.id(deleted);
            int[] shared = deletionTokens.get(Hashes.of(deleted));
            if (n + shared.length + 1 > out.length) {
                out = Arrays.copyOf(out, 2 * (n + shared.length + 1));
            }
            if (t >= 0) {
                out[n++] = t;
            }
            System.arraycopy(shared, 0, out, n, shared.length);
            n += shared.length;
        }
        return Arrays.copyOf(out, n);
    }

    /** Vocabulary tokens sharing at least half the token's trigrams, at most {@code limit} of them. */
    int[] sharingTrigrams(String token, int limit) {
        return counts.with(count -> sharingTrigrams(count, token, limit));
    }

    private int[] sharingTrigrams(TrigramCount count, String token, int limit) {
        int[] grams = trigrams(token);
        int need = Math.max(2, (grams.length + 1) / 2);
        int found = 0;
        for (int g : grams) {
            for (int t : trigramTokens.get(g)) {
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
        return soundTokens.get(Hashes.of(sound(token)));
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
