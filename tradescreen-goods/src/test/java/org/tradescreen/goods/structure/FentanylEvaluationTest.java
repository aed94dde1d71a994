package org.tradescreen.goods.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.tradescreen.testkit.NeedsEvaluationSets;
import org.tradescreen.testkit.SharedData;

/**
 * The classifier against the 49 test molecules of {@code shared/data/chem/molecules_dev.csv}, read in place.
 * Labels: {@code frs} when in the class, {@code precursor} when a fentanyl precursor family or named precursor,
 * else {@code not_frs}. Every high-confidence row must be right, and 90% of the others.
 */
@NeedsEvaluationSets
class FentanylEvaluationTest {

    private static final StructureClassifier CLASSIFIER = StructureClassifier.bundled();

    private record Row(String name, String expected, String got, String confidence, String expectedMods,
                       StructureResult result) {
    }

    @Test
    void molecules_dev() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(SharedData.chem("molecules_dev.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                StructureResult result = CLASSIFIER.classify(r.get("smiles"));
                rows.add(new Row(r.get("name"), r.get("expected"), label(result), r.get("confidence"),
                        r.get("fentanyl_modifications"), result));
            }
        }
        assertThat(rows).hasSize(49);

        Map<String, int[]> figures = new TreeMap<>();
        List<Row> wrongHigh = new ArrayList<>();
        int others = 0;
        int othersRight = 0;
        for (Row row : rows) {
            boolean right = row.expected().equals(row.got());
            int[] f = figures.computeIfAbsent(row.expected() + "/" + row.confidence(), k -> new int[2]);
            f[0]++;
            f[1] += right ? 1 : 0;
            if (row.confidence().equals("high")) {
                if (!right) {
                    wrongHigh.add(row);
                }
            } else {
                others++;
                othersRight += right ? 1 : 0;
            }
            if (!right) {
                System.out.printf("DISAGREE %s: expected %s (%s), got %s, policies %s%n", row.name(), row.expected(),
                        row.confidence(), row.got(), reasons(row.result()));
            }
            if (row.expected().equals("frs") && !modificationsAgree(row.expectedMods(), row.result())) {
                System.out.printf("MODIFICATIONS %s: expected %s, got %s, policies %s%n", row.name(),
                        row.expectedMods(), row.result().modifications(), reasons(row.result()));
            }
        }
        figures.forEach((k, f) -> System.out.printf("FIGURE %s: %d/%d right%n", k, f[1], f[0]));
        assertThat(wrongHigh).as("high-confidence rows classified wrong").isEmpty();
        assertThat(othersRight * 10).as("right of %d other rows", others).isGreaterThanOrEqualTo(others * 9);
    }

    private static String label(StructureResult r) {
        return r.fentanylRelated() ? "frs" : r.precursorFamily() != null ? "precursor" : "not_frs";
    }

    private static List<String> reasons(StructureResult r) {
        return r.policies().stream().map(p -> p.name() + " (" + p.reason() + ")").toList();
    }

    /** "A/B+D" means A or B, and D; "E (carbamoyl as acyl)" means E. */
    private static boolean modificationsAgree(String expected, StructureResult r) {
        String[] parts = expected.replaceAll("\\(.*\\)", "").strip().split("\\+");
        if (parts.length != r.modifications().size()) {
            return false;
        }
        for (String part : parts) {
            boolean any = false;
            for (String alternative : part.strip().split("/")) {
                any |= r.modifications().contains(Modification.valueOf(alternative.strip()));
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }
}
