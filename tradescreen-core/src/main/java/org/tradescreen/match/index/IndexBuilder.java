package org.tradescreen.match.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
    final Analysed analysed;
    final Map<String, Integer> vocabulary = new HashMap<>();
    final List<String> tokenList = new ArrayList<>();
    PreparedName[] prepared;
    int[][] postings;
    Misspellings misspellings;
    Map<String, int[]> acronymNames;
    Map<String, int[]> identifierNames;
    @Nullable RarityWeights weights;

    /**
     * The names of entities as the analyser reads them, each with the entity it belongs to and whether the list gives
     * it only as a weak alias: what an index is compiled from, and all of it that {@link IndexFile} needs to keep.
     * {@code inScript[i]} is the name in its own script, null for a Latin-script name.
     */
    record Analysed(List<Entity> entities, int[] nameEntity, NormalizedName[] normalized, NormalizedName[] inScript,
                    boolean[] weak) {
    }

    /** @param weights the token weights to use (another index's), or null to weigh by these entities' own names */
    IndexBuilder(List<Entity> entities, NameAnalyzer analyzer, @Nullable RarityWeights weights) {
        this(analyse(entities, analyzer), analyzer, weights);
    }

    IndexBuilder(Analysed analysed, NameAnalyzer analyzer, @Nullable RarityWeights weights) {
        this.entities = analysed.entities();
        this.analysed = analysed;
        this.analyzer = analyzer;
        this.weights = weights;
    }

    /** Analyses every name of the entities; it is most of the work of a build and each name is independent, so on all cores. */
    static Analysed analyse(List<Entity> entities, NameAnalyzer analyzer) {
        List<List<NormalizedName[]>> perEntity = entities.parallelStream().map(e -> distinctNames(e, analyzer).stream()
                .map(a -> new NormalizedName[] {a.normalized(),
                        a.name().script() == Character.UnicodeScript.LATIN ? null : analyzer.analyzeInScript(a.name().value())})
                .toList()).toList();
        int n = perEntity.stream().mapToInt(List::size).sum();
        int[] nameEntity = new int[n];
        NormalizedName[] normalized = new NormalizedName[n];
        NormalizedName[] inScript = new NormalizedName[n];
        boolean[] weak = new boolean[n];
        int id = 0;
        for (int e = 0; e < entities.size(); e++) {
            List<Name> names = entities.get(e).names();
            for (NormalizedName[] forms : perEntity.get(e)) {
                normalized[id] = forms[0];
                inScript[id] = forms[1];
                weak[id] = isWeak(names, forms[0]);
                nameEntity[id++] = e;
            }
        }
        return new Analysed(List.copyOf(entities), nameEntity, normalized, inScript, weak);
    }

    /** Numbers the analysed names and tokens, weighs tokens, and writes the postings and lookup tables. */
    ScreeningIndex build() {
        NormalizedName[] normalized = analysed.normalized();
        int[] nameEntity = analysed.nameEntity();
        int n = normalized.length;
        List<List<Integer>> post = new ArrayList<>();
        for (int id = 0; id < n; id++) {
            NormalizedName nn = normalized[id];
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
        NormalizedName[] inScript = analysed.inScript();
        java.util.stream.IntStream.range(0, n).parallel().forEach(id ->
                prepared[id] = new PreparedName(normalized[id], weights, inScript[id]));
        misspellings = Misspellings.of(tokenList, vocabulary);
        Map<String, List<Integer>> acronyms = new HashMap<>();
        for (int id = 0; id < n; id++) {
            String initials = initials(normalized[id]);
            if (initials.length() >= 2 && initials.length() <= 8) {
                acronyms.computeIfAbsent(initials, k -> new ArrayList<>()).add(id);
            }
        }
        acronymNames = compile(acronyms);
        Map<String, List<Integer>> ids = new HashMap<>();
        for (int id = 0; id < n; id++) {
            int e = nameEntity[id];
            if (id > 0 && nameEntity[id - 1] == e) {
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
