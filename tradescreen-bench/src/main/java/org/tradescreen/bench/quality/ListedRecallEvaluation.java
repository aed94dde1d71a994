package org.tradescreen.bench.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.tradescreen.bench.NaiveScreener;
import org.tradescreen.match.Hit;
import org.tradescreen.match.Query;
import org.tradescreen.match.Screener;
import org.tradescreen.model.Entity;

/**
 * Real listed names, damaged the way users type them, screened against their own list: is the right
 * entity the top hit? Each Latin-script primary name of two or more words gives three queries (seed
 * 42): one typo (a letter dropped, doubled, replaced or swapped with its neighbour letter), the words
 * reordered, and both. The naive Jaro-Winkler screener, when given, is measured on the same queries.
 */
final class ListedRecallEvaluation {

    /** Recall@1 of ours and of the baseline, by kind of damage. */
    record Result(String damage, int queries, int ours, int naive) {
    }

    private ListedRecallEvaluation() {
    }

    static List<Result> run(List<Entity> list, Screener screener, @Nullable NaiveScreener naive, int maxEntities) {
        Random random = new Random(42);
        List<Entity> people = new ArrayList<>();
        for (Entity e : list) {
            String n = e.primaryName();
            if (n.split("\\s+").length >= 2 && n.chars().allMatch(c -> c < 0x250)) {
                people.add(e);
            }
        }
        Collections.shuffle(people, random);
        List<Entity> sample = people.subList(0, Math.min(maxEntities, people.size()));
        int[][] counts = new int[3][3];
        String[] kinds = {"typo", "reordered", "typo+reordered"};
        for (Entity e : sample) {
            String name = e.primaryName();
            String[] queries = {typo(name, random), reorder(name, random), reorder(typo(name, random), random)};
            for (int k = 0; k < 3; k++) {
                counts[k][0]++;
                List<Hit> hits = screener.screen(Query.name(queries[k]), 0.0, 5);
                if (topIs(hits, e)) {
                    counts[k][1]++;
                }
                if (naive != null) {
                    NaiveScreener.Result r = naive.best(queries[k]);
                    if (r.entity() != null && r.entity().id().equals(e.id())) {
                        counts[k][2]++;
                    }
                }
            }
        }
        List<Result> out = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            out.add(new Result(kinds[k], counts[k][0], counts[k][1], counts[k][2]));
        }
        return out;
    }

    /** The right entity is first, or tied with the first (lists hold exact duplicates of some names). */
    private static boolean topIs(List<Hit> hits, Entity e) {
        if (hits.isEmpty()) {
            return false;
        }
        double top = hits.get(0).score();
        return hits.stream().filter(h -> h.score() >= top).anyMatch(h -> h.entityId().equals(e.id()));
    }

    static String typo(String name, Random random) {
        String[] words = name.split("\\s+");
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() >= 4) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return name;
        }
        int w = candidates.get(random.nextInt(candidates.size()));
        StringBuilder word = new StringBuilder(words[w]);
        // damage letters only: a hyphen typed over would join two words, which is another kind of error
        List<Integer> letters = new ArrayList<>();
        for (int i = 1; i + 1 < word.length(); i++) {
            if (Character.isLetter(word.charAt(i)) && Character.isLetter(word.charAt(i + 1))) {
                letters.add(i);
            }
        }
        if (letters.isEmpty()) {
            return name;
        }
        int p = letters.get(random.nextInt(letters.size()));
        char letter = (char) ('a' + random.nextInt(26));
        switch (random.nextInt(4)) {
            case 0 -> word.deleteCharAt(p);
            case 1 -> word.insert(p, word.charAt(p));
            case 2 -> word.setCharAt(p, Character.isUpperCase(word.charAt(p)) ? Character.toUpperCase(letter) : letter);
            default -> {
                char c = word.charAt(p);
                word.setCharAt(p, word.charAt(p + 1));
                word.setCharAt(p + 1, c);
            }
        }
        words[w] = word.toString();
        return String.join(" ", words);
    }

    static String reorder(String name, Random random) {
        List<String> words = new ArrayList<>(List.of(name.replace(",", "").split("\\s+")));
        Collections.rotate(words, 1 + random.nextInt(Math.max(1, words.size() - 1)));
        return String.join(" ", words);
    }
}
