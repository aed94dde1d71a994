package org.tradescreen.match.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.match.normalize.NormalizedName;
import org.tradescreen.match.normalize.TokenKind;
import org.tradescreen.match.score.PreparedName;
import org.tradescreen.model.Entity;
import org.tradescreen.model.Name;

/**
 * Builds a {@link ScreeningIndex}: analyses every name of the entities (on all cores), numbers names and tokens,
 * weighs tokens by rarity, writes the postings and the lookup tables of misspellings, acronyms and identifiers.
 */
final class IndexBuilder {
    final List<Entity> entities;
    final NameAnalyzer analyzer;
    final List<Integer> nameEntity = new ArrayList<>();
    final Map<String, Integer> vocabulary = new HashMap<>();
    final List<String> tokenList = new ArrayList<>();
    PreparedName[] prepared;
    boolean[] weak;
    int[][] postings;
    Misspellings misspellings;
    Map<String, int[]> acronymNames;
    Map<String, int[]> identifierNames;
    RarityWeights weights;

    /** @param weights the token weights to use (another index's), or null to weigh by these entities' own names */
    IndexBuilder(List<Entity> entities, NameAnalyzer analyzer, RarityWeights weights) {
        this.entities = entities;
        this.analyzer = analyzer;
        this.weights = weights;
    }

    ScreeningIndex build() {
        // Analysing names is most of the work and each name is independent: do it on all cores.
        List<List<NormalizedName[]>> perEntity = entities.parallelStream().map(e -> distinctNames(e, analyzer).stream()
                .map(a -> new NormalizedName[] {a.normalized(),
                        "LATIN".equals(a.name().script()) ? null : analyzer.analyzeInScript(a.name().value())})
                .toList()).toList();
        List<NormalizedName> normalized = new ArrayList<>();
        List<NormalizedName> inScript = new ArrayList<>();
        List<Boolean> weakList = new ArrayList<>();
        for (int e = 0; e < entities.size(); e++) {
            List<Name> names = entities.get(e).names();
            for (NormalizedName[] forms : perEntity.get(e)) {
                normalized.add(forms[0]);
                inScript.add(forms[1]);
                weakList.add(isWeak(names, forms[0]));
                nameEntity.add(e);
            }
        }
        int n = normalized.size();
        List<List<Integer>> post = new ArrayList<>();
        for (int id = 0; id < n; id++) {
            NormalizedName nn = normalized.get(id);
            for (int i = 0; i < nn.size(); i++) {
                int t = vocabulary.computeIfAbsent(nn.token(i), k -> {
                    tokenList.add(k);
                    post.add(new ArrayList<>());
                    return tokenList.size() - 1;
                });
                List<Integer> p = post.get(t);
                if (p.isEmpty() || p.get(p.size() - 1) != id) {
                    p.add(id);
                }
            }
        }
        postings = new int[post.size()][];
        int[] df = new int[post.size()];
        for (int t = 0; t < post.size(); t++) {
            postings[t] = post.get(t).stream().mapToInt(Integer::intValue).toArray();
            df[t] = postings[t].length;
        }
        if (weights == null) {
            weights = new RarityWeights(vocabulary, df, n);
        }
        prepared = new PreparedName[n];
        weak = new boolean[n];
        java.util.stream.IntStream.range(0, n).parallel().forEach(id ->
                prepared[id] = new PreparedName(normalized.get(id), weights, inScript.get(id)));
        for (int id = 0; id < n; id++) {
            weak[id] = weakList.get(id);
        }
        misspellings = Misspellings.of(tokenList, vocabulary);
        Map<String, List<Integer>> acronyms = new HashMap<>();
        for (int id = 0; id < n; id++) {
            String initials = initials(normalized.get(id));
            if (initials.length() >= 2 && initials.length() <= 8) {
                acronyms.computeIfAbsent(initials, k -> new ArrayList<>()).add(id);
            }
        }
        acronymNames = compile(acronyms);
        Map<String, List<Integer>> ids = new HashMap<>();
        for (int id = 0; id < n; id++) {
            int e = nameEntity.get(id);
            if (id > 0 && nameEntity.get(id - 1) == e) {
                continue;
            }
            for (org.tradescreen.model.Identifier identifier : entities.get(e).identifiers()) {
                String v = identifier.canonicalValue();
                if (v.length() >= ScreeningIndex.MIN_IDENTIFIER_LENGTH) {
                    List<Integer> l = ids.computeIfAbsent(v, k -> new ArrayList<>());
                    if (l.isEmpty() || l.get(l.size() - 1) != id) {
                        l.add(id);
                    }
                }
            }
        }
        identifierNames = compile(ids);
        return new ScreeningIndex(this);
    }

    /** A name of an entity and how the analyser reads it. */
    record Analyzed(Name name, NormalizedName normalized) {
    }

    /**
     * The names an index holds for an entity: each as the analyser reads it, the empty ones dropped, and a name that
     * reads like an earlier one of the same entity counted once.
     */
    static List<Analyzed> distinctNames(Entity e, NameAnalyzer analyzer) {
        List<Analyzed> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Name name : e.names()) {
            NormalizedName nn = analyzer.analyze(name.value());
            if (!nn.isEmpty() && seen.add(nn.text())) {
                out.add(new Analyzed(name, nn));
            }
        }
        return out;
    }

    /** Whether the list gives this name only as a weak alias. */
    private static boolean isWeak(List<Name> names, NormalizedName nn) {
        for (Name n : names) {
            if (n.value().equals(nn.original())) {
                return n.weak();
            }
        }
        return false;
    }

    private static String initials(NormalizedName nn) {
        StringBuilder sb = new StringBuilder();
        int names = 0;
        for (int i = 0; i < nn.size(); i++) {
            if (nn.kind(i) == TokenKind.NAME) {
                sb.append(nn.token(i).charAt(0));
                names++;
            }
        }
        return names >= 2 ? sb.toString() : "";
    }

    static <K> Map<K, int[]> compile(Map<K, List<Integer>> lists) {
        Map<K, int[]> out = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }
}
