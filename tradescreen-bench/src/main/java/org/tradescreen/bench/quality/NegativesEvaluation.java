package org.tradescreen.bench.quality;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tradescreen.match.Query;
import org.tradescreen.match.Screener;
import org.tradescreen.model.Countries;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Name;
import org.tradescreen.model.PartialDate;

/**
 * People on no list ({@code cgb_negatives_us.csv}, synthetic, with birth date and nationality): every
 * hit at the threshold is a false positive. Screened twice: with birth date and nationality, as a
 * compliance team would, and by name alone. Also times the first run, single-threaded.
 */
final class NegativesEvaluation {

    /**
     * Rows screened, flagged with corroboration, flagged by name alone, queries per second; and per script of the
     * name (ICU script names: LATIN, HAN, ARABIC…) the rows and those flagged with corroboration.
     */
    record Result(int rows, int flagged, int flaggedByName, double queriesPerSecond, Map<String, int[]> byScript) {
    }

    private NegativesEvaluation() {
    }

    /** How a row's name is written for the query. */
    enum Writing {
        /** As the set writes it ({@code full_name}: given names first, words spaced). */
        AS_GIVEN,
        /**
         * Han and Hangul names only, written as they are at home: family name first, run together
         * ({@code last_name first_name middle_name}: "张玉英"). Other rows are skipped.
         */
        RUN_TOGETHER
    }

    static Result run(Path file, Screener screener, double threshold, int maxRows) throws IOException {
        return run(file, screener, threshold, maxRows, Writing.AS_GIVEN);
    }

    static Result run(Path file, Screener screener, double threshold, int maxRows, Writing writing) throws IOException {
        int rows = 0;
        int flagged = 0;
        int byName = 0;
        long nanos = 0;
        Map<String, int[]> byScript = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (rows == maxRows) {
                    break;
                }
                String name = r.get("full_name");
                if (writing == Writing.RUN_TOGETHER) {
                    Character.UnicodeScript script = Name.scriptOf(name);
                    if (script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HANGUL) {
                        continue;
                    }
                    name = r.get("last_name") + r.get("first_name") + r.get("middle_name");
                }
                rows++;
                PartialDate dob = null;
                try {
                    dob = r.get("date_of_birth").isBlank() ? null : PartialDate.parse(r.get("date_of_birth"));
                } catch (IllegalArgumentException ignored) {
                    // a synthetic row without a readable date is screened without one
                }
                String country = Countries.code(r.get("nationality")).orElse(null);
                Query full = new Query(name, EntityType.PERSON, country, dob, null, null);
                long t0 = System.nanoTime();
                boolean hit = !screener.screen(full, threshold, 1).isEmpty();
                nanos += System.nanoTime() - t0;
                int[] script = byScript.computeIfAbsent(Name.scriptOf(name).name(), k -> new int[2]);
                script[0]++;
                if (hit) {
                    flagged++;
                    script[1]++;
                }
                if (!screener.screen(Query.name(name), threshold, 1).isEmpty()) {
                    byName++;
                }
            }
        }
        return new Result(rows, flagged, byName, rows / (nanos / 1e9), byScript);
    }
}
