package org.tradescreen.match.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Given names and their short forms ("Ted" and "Theodore", "Bibi" and "Benjamin"), from
 * {@code nicknames.tsv} beside this class: one name family a line. Two tokens are nicknames of each
 * other when some line holds both.
 */
final class Nicknames {

    private static final Map<String, Set<Integer>> FAMILIES = load();

    private Nicknames() {
    }

    static boolean related(String a, String b) {
        Set<Integer> fa = FAMILIES.get(a);
        if (fa == null) {
            return false;
        }
        Set<Integer> fb = FAMILIES.get(b);
        if (fb == null) {
            return false;
        }
        for (Integer f : fa) {
            if (fb.contains(f)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Set<Integer>> load() {
        Map<String, Set<Integer>> map = new HashMap<>();
        try (InputStream in = Nicknames.class.getResourceAsStream("nicknames.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int family = 0;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                family++;
                for (String name : line.strip().split("\\s+")) {
                    map.computeIfAbsent(name, k -> new HashSet<>()).add(family);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
