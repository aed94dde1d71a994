package org.tradescreen.match.ofac;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntBiFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tradescreen.testkit.SharedData;

/**
 * The real scores captured from OFAC's Sanctions List Search ({@code ofac2021_fixtures.csv}, read in
 * place) and how far a scorer agrees with them. A score of -1 means the tool did not show the name at
 * the slider setting of 80, so a scorer agrees there when it gives less than 80.
 */
final class OfacScoreFixtures {

    /** The slider setting at which the -1 rows were captured. */
    static final int CAPTURE_SLIDER = 80;
    /** The agreement the brief asks for: within this many points. */
    static final int TOLERANCE = 5;

    record Row(String query, String listName, int ofacScore) {
        boolean shown() {
            return ofacScore >= 0;
        }
    }

    record Scored(Row row, int score) {
        boolean agrees() {
            return row.shown() ? Math.abs(error()) <= TOLERANCE : score < CAPTURE_SLIDER;
        }

        int error() {
            return score - row.ofacScore();
        }

        /** How far off, for sorting: the points for shown rows, the margin above the slider for hidden ones. */
        int miss() {
            return row.shown() ? Math.abs(error()) : Math.max(0, score - CAPTURE_SLIDER + 1);
        }
    }

    /** Agreement figures; the error figures are over the rows the tool showed. */
    record Agreement(int rows, int agreeing, int shown, int within2, int exact, double meanAbsoluteError) {
        double share() {
            return (double) agreeing / rows;
        }

        @Override
        public String toString() {
            return String.format("within ±%d: %d/%d (%.1f%%); shown rows %d: within ±2 %d, exact %d, MAE %.2f",
                    TOLERANCE, agreeing, rows, 100 * share(), shown, within2, exact, meanAbsoluteError);
        }
    }

    private OfacScoreFixtures() {
    }

    static List<Row> load() {
        try (Reader in = Files.newBufferedReader(SharedData.eval("name-pairs/ofac2021_fixtures.csv"),
                StandardCharsets.UTF_8)) {
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows.add(new Row(r.get("query_name"), r.get("result_name"), Integer.parseInt(r.get("ofac_score"))));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Scored> score(List<Row> rows, ToIntBiFunction<String, String> scorer) {
        return rows.stream().map(r -> new Scored(r, scorer.applyAsInt(r.query(), r.listName()))).toList();
    }

    static Agreement agreement(List<Scored> scored) {
        int agreeing = 0;
        int shown = 0;
        int within2 = 0;
        int exact = 0;
        long absoluteError = 0;
        for (Scored s : scored) {
            agreeing += s.agrees() ? 1 : 0;
            if (s.row().shown()) {
                shown++;
                int error = Math.abs(s.error());
                within2 += error <= 2 ? 1 : 0;
                exact += error == 0 ? 1 : 0;
                absoluteError += error;
            }
        }
        return new Agreement(scored.size(), agreeing, shown, within2, exact,
                shown == 0 ? 0 : (double) absoluteError / shown);
    }

    static List<Scored> worst(List<Scored> scored, int limit) {
        return scored.stream().sorted(Comparator.comparingInt(Scored::miss).reversed()).limit(limit).toList();
    }
}
