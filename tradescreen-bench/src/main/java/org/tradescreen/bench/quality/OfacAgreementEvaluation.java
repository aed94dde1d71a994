package org.tradescreen.bench.quality;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tradescreen.match.ofac.OfacNameScore;

/**
 * The OFAC-compatible algorithm against 170 real scores of OFAC's Sanctions List Search: the share
 * within 5 points. A row the tool did not show (score -1, below its minimum of 80) agrees when ours
 * is below 80 too.
 */
final class OfacAgreementEvaluation {

    private OfacAgreementEvaluation() {
    }

    /** [share within 5 points, rows]. */
    static double[] run(Path file) throws IOException {
        OfacNameScore ofac = new OfacNameScore();
        int rows = 0;
        int within = 0;
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows++;
                int theirs = Integer.parseInt(r.get("ofac_score").strip());
                int ours = ofac.score(r.get("query_name"), r.get("result_name"));
                if (theirs < 0 ? ours < 80 : Math.abs(theirs - ours) <= 5) {
                    within++;
                }
            }
        }
        return new double[] {(double) within / rows, rows};
    }
}
