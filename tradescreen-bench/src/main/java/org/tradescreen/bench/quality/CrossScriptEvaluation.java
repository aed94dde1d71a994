package org.tradescreen.bench.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tradescreen.match.NameComparator;
import org.tradescreen.model.EntityType;

/**
 * Cross-script name tokens ({@code wd_<script>_20.tsv}: Latin token, the same name in another script):
 * recall on the true pairs and the false-positive rate on shuffled non-pairs (each Latin token against
 * the native token of another, randomly chosen row; seed 42), at a threshold.
 */
final class CrossScriptEvaluation {

    private CrossScriptEvaluation() {
    }

    /** [recall, false-positive rate, pairs]. */
    static double[] run(Path tsv, NameComparator comparator, double threshold) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(tsv)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t");
                if (f.length >= 2) {
                    rows.add(new String[] {f[0], joinCharacters(f[1])});
                }
            }
        }
        Random random = new Random(42);
        int hits = 0;
        int falseHits = 0;
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            if (comparator.compare(row[0], row[1], EntityType.PERSON).score() >= threshold) {
                hits++;
            }
            int j = random.nextInt(rows.size() - 1);
            if (j >= i) {
                j++;
            }
            if (comparator.compare(row[0], rows.get(j)[1], EntityType.PERSON).score() >= threshold) {
                falseHits++;
            }
        }
        return new double[] {(double) hits / rows.size(), (double) falseHits / rows.size(), rows.size()};
    }

    /** Han and Kana come one character per space; the name is the characters together. */
    static String joinCharacters(String native_) {
        String[] parts = native_.strip().split(" ");
        for (String p : parts) {
            if (p.codePointCount(0, p.length()) > 1) {
                return native_.strip();
            }
        }
        return String.join("", parts);
    }
}
