package org.tradescreen.match.normalize;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A table of phrases of one or more words, each with the canonical words that replace it, matched in a token
 * list at a position, the longest phrase first ("people republic of china" before "china"). Read from a word
 * table ({@link WordTable}); immutable.
 */
final class PhraseTable {

    /** A phrase found: how many tokens it covers, and the canonical words that replace them. */
    record Match(int length, @Nullable String canonical) {
    }

    private final Map<String, String> canonical;
    private final Set<String> firstWords;
    private final int longest;
    private final java.util.NavigableSet<String> sorted;
    /**
     * Phrases of several words by each of their words of four letters or more left out ("joint * company"), every
     * phrase under each of its keys, in alphabetical order: one key may stand for several phrases ("* joint stock
     * company" for the open, closed and public ones), and which of them a typo meant is decided by the word typed,
     * never by the order the table happens to be read in.
     */
    private final Map<String, List<String>> oneWordLeftOut;
    /** The words of the phrases of several words: one of the first two must be spelt right. */
    private final Set<String> phraseWords = new java.util.HashSet<>();

    PhraseTable(Class<?> owner, String resource) {
        this(WordTable.load(owner, resource));
    }

    PhraseTable(Map<String, String> phrases) {
        this.canonical = Map.copyOf(phrases);
        this.firstWords = canonical.keySet().stream().map(k -> k.split(" ")[0]).collect(Collectors.toSet());
        this.longest = canonical.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
        this.sorted = new java.util.TreeSet<>(canonical.keySet());
        Map<String, List<String>> byKey = new java.util.HashMap<>();
        // in sorted order, so that each key's phrases are too (canonical's own order changes from run to run)
        for (String phrase : sorted) {
            List<String> words = List.of(phrase.split(" "));
            for (int k = 0; words.size() > 1 && k < words.size(); k++) {
                phraseWords.add(words.get(k));
                if (words.get(k).length() >= MIN_TYPO_WORD) {
                    byKey.computeIfAbsent(leftOut(words, k), key -> new java.util.ArrayList<>()).add(phrase);
                }
            }
        }
        this.oneWordLeftOut = Map.copyOf(byKey.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue()))));
    }

    /** The longest phrase starting at {@code i}, or null. */
    @Nullable Match at(List<String> tokens, int i) {
        if (!firstWords.contains(tokens.get(i))) {
            return null;
        }
        for (int len = Math.min(longest, tokens.size() - i); len >= 1; len--) {
            String phrase = len == 1 ? tokens.get(i) : String.join(" ", tokens.subList(i, i + len));
            String form = canonical.get(phrase);
            if (form != null) {
                return new Match(len, form);
            }
        }
        return null;
    }

    /**
     * The longest phrase of several words starting at {@code i} that the tokens spell with one typo in one word of
     * four letters or more ("joynt stock company"); else null. Each phrase is indexed once per such word with
     * that word left out, so a lookup costs a few hash probes.
     */
    @Nullable Match atWithOneTypo(List<String> tokens, int i) {
        // with one typo, one of the first two words is spelt right: most positions end here, with no key built
        if (!phraseWords.contains(tokens.get(i)) && (i + 1 == tokens.size() || !phraseWords.contains(tokens.get(i + 1)))) {
            return null;
        }
        for (int len = Math.min(longest, tokens.size() - i); len >= 2; len--) {
            for (int k = 0; k < len; k++) {
                String typed = tokens.get(i + k);
                if (typed.length() < MIN_TYPO_WORD) {
                    continue;
                }
                String phrase = meant(oneWordLeftOut.get(leftOut(tokens.subList(i, i + len), k)), k, typed);
                if (phrase != null) {
                    return new Match(len, canonical.get(phrase));
                }
            }
        }
        return null;
    }

    private static final int MIN_TYPO_WORD = 4;

    /**
     * Of the phrases that differ from the tokens only in word {@code k}, the one whose word {@code k} is one slip
     * from {@code typed}: the nearest, the first alphabetically among equals; null when none is.
     */
    private static @Nullable String meant(@Nullable List<String> phrases, int k, String typed) {
        if (phrases == null) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String phrase : phrases) {
            String word = phrase.split(" ")[k];
            if (Edits.oneSlip(word, typed)) {
                int d = Edits.distance(word, typed);
                if (d < bestDistance) {
                    best = phrase;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    private static String leftOut(List<String> words, int k) {
        StringBuilder key = new StringBuilder();
        for (int w = 0; w < words.size(); w++) {
            key.append(w == 0 ? "" : " ").append(w == k ? "*" : words.get(w));
        }
        return key.toString();
    }

    /**
     * The phrase that the tokens from {@code i} to the end spell with their last word cut short ("joint stock
     * compa" for "joint stock company"; the last word at least {@code minCut} letters), the shortest if several;
     * else null.
     */
    @Nullable Match truncatedAtEnd(List<String> tokens, int i, int minCut) {
        int words = tokens.size() - i;
        if (words > longest || tokens.get(tokens.size() - 1).length() < minCut) {
            return null;
        }
        String prefix = String.join(" ", tokens.subList(i, tokens.size()));
        String found = null;
        for (String phrase : sorted.subSet(prefix, true, prefix + Character.MAX_VALUE, false)) {
            if (phrase.length() > prefix.length() && phrase.split(" ").length == words
                    && (found == null || phrase.length() < found.length())) {
                found = phrase;
            }
        }
        return found == null ? null : new Match(words, canonical.get(found));
    }

    /** The canonical form of a whole phrase, or null. */
    @Nullable String get(String phrase) {
        return canonical.get(phrase);
    }

    Set<String> phrases() {
        return canonical.keySet();
    }

    /** Replaces every phrase of the table that starts on a name token by its canonical words, names too. */
    void rewriteNames(List<String> tokens, List<TokenKind> kinds) {
        int i = 0;
        while (i < tokens.size()) {
            Match match = kinds.get(i) == TokenKind.NAME ? at(tokens, i) : null;
            i += match == null ? 1 : replace(tokens, kinds, i, match, TokenKind.NAME);
        }
    }

    /**
     * Replaces the {@code match.length()} tokens at {@code i} by the canonical words, each of {@code kind};
     * returns the number of words put in.
     */
    static int replace(List<String> tokens, List<TokenKind> kinds, int i, Match match, TokenKind kind) {
        for (int k = 0; k < match.length(); k++) {
            tokens.remove(i);
            kinds.remove(i);
        }
        String[] parts = match.canonical().split(" ");
        for (int k = 0; k < parts.length; k++) {
            tokens.add(i + k, parts[k]);
            kinds.add(i + k, kind);
        }
        return parts.length;
    }
}
