package org.tradescreen.bench.quality;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tradescreen.match.NameComparator;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Name;

/**
 * Labelled name pairs ({@code name_bench_dev.csv}: schema, name1, name2, is_match): precision, recall
 * and F1 at a threshold, overall, by case group, by category (the kind of variation) and by the
 * script of the pair.
 */
final class NamePairEvaluation {

    private NamePairEvaluation() {
    }

    static Map<String, Metrics> run(Path file, NameComparator comparator, double threshold) throws IOException {
        Map<String, Metrics> out = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                boolean actual = Boolean.parseBoolean(r.get("is_match"));
                double score = comparator.compare(r.get("name1"), r.get("name2"),
                        EntityType.fromWord(r.get("schema"))).score();
                boolean predicted = score >= threshold;
                out.computeIfAbsent("all", k -> new Metrics()).add(predicted, actual);
                out.computeIfAbsent("group " + r.get("case_group"), k -> new Metrics()).add(predicted, actual);
                String category = r.get("category").isBlank() ? "(none)" : r.get("category");
                out.computeIfAbsent("category " + category, k -> new Metrics()).add(predicted, actual);
                out.computeIfAbsent("script " + scripts(r.get("name1"), r.get("name2")), k -> new Metrics())
                        .add(predicted, actual);
            }
        }
        return out;
    }

    /**
     * Cross-validated estimates: the pairs split into {@code folds} (shuffled, seed 11) or, with {@code folds} 0,
     * one fold per case group; for each fold the threshold is chosen on the other folds (the F1-best of 0.60 to
     * 0.90) and the fold is scored at it. The pooled counts of the held-out folds estimate how the matcher does
     * on pairs it was not tuned on, as the hidden half is; the spread of chosen thresholds shows how firm 0.75 is.
     * Returns the pooled metrics and the chosen thresholds.
     */
    static Map.Entry<Metrics, java.util.List<Double>> crossValidated(Path file, NameComparator comparator, int folds)
            throws IOException {
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                double score = comparator.compare(r.get("name1"), r.get("name2"),
                        EntityType.fromWord(r.get("schema"))).score();
                rows.add(new String[] {r.get("case_group"), r.get("is_match"), Double.toString(score)});
            }
        }
        java.util.Collections.shuffle(rows, new java.util.Random(11));
        java.util.List<String> groups = rows.stream().map(r -> r[0]).distinct().sorted().toList();
        int n = folds > 0 ? folds : groups.size();
        Metrics pooled = new Metrics();
        java.util.List<Double> chosen = new java.util.ArrayList<>();
        for (int f = 0; f < n; f++) {
            java.util.List<String[]> train = new java.util.ArrayList<>();
            java.util.List<String[]> test = new java.util.ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                boolean held = folds > 0 ? i % folds == f : rows.get(i)[0].equals(groups.get(f));
                (held ? test : train).add(rows.get(i));
            }
            double best = 0;
            double threshold = 0.75;
            for (int t = 60; t <= 90; t++) {
                Metrics m = new Metrics();
                for (String[] r : train) {
                    m.add(Double.parseDouble(r[2]) >= t / 100.0, Boolean.parseBoolean(r[1]));
                }
                if (m.f1() > best + 1e-9) {
                    best = m.f1();
                    threshold = t / 100.0;
                }
            }
            chosen.add(threshold);
            for (String[] r : test) {
                pooled.add(Double.parseDouble(r[2]) >= threshold, Boolean.parseBoolean(r[1]));
            }
        }
        return Map.entry(pooled, chosen);
    }

    private static String scripts(String a, String b) {
        String sa = Name.scriptOf(a).name();
        String sb = Name.scriptOf(b).name();
        return sa.equals(sb) ? sa.toLowerCase() : (sa + "-" + sb).toLowerCase();
    }
}
