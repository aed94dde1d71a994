package org.tradescreen.bench.quality;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tradescreen.match.Query;
import org.tradescreen.match.Screener;
import org.tradescreen.model.Countries;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.PartialDate;

/**
 * People on no list ({@code cgb_negatives_us.csv}, synthetic, with birth date and nationality): every
 * hit at the threshold is a false positive. Screened twice: with birth date and nationality, as a
 * compliance team would, and by name alone. Also times the first run, single-threaded.
 */
final class NegativesEvaluation {

    /** Rows screened, flagged with corroboration, flagged by name alone, queries per second. */
    record Result(int rows, int flagged, int flaggedByName, double queriesPerSecond) {
    }

    private NegativesEvaluation() {
    }

    static Result run(Path file, Screener screener, double threshold, int maxRows) throws IOException {
        int rows = 0;
        int flagged = 0;
        int byName = 0;
        long nanos = 0;
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (rows == maxRows) {
                    break;
                }
                rows++;
                PartialDate dob = null;
                try {
                    dob = r.get("date_of_birth").isBlank() ? null : PartialDate.parse(r.get("date_of_birth"));
                } catch (IllegalArgumentException ignored) {
                    // a synthetic row without a readable date is screened without one
                }
                String country = Countries.code(r.get("nationality")).orElse(null);
                Query full = new Query(r.get("full_name"), EntityType.PERSON, country, dob, null, null);
                long t0 = System.nanoTime();
                boolean hit = !screener.screen(full, threshold, 1).isEmpty();
                nanos += System.nanoTime() - t0;
                if (hit) {
                    flagged++;
                }
                if (!screener.screen(Query.name(r.get("full_name")), threshold, 1).isEmpty()) {
                    byName++;
                }
            }
        }
        return new Result(rows, flagged, byName, rows / (nanos / 1e9));
    }
}
