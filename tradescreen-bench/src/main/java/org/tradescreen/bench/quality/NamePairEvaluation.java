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

    private static String scripts(String a, String b) {
        String sa = Name.scriptOf(a);
        String sb = Name.scriptOf(b);
        return sa.equals(sb) ? sa.toLowerCase() : (sa + "-" + sb).toLowerCase();
    }
}
