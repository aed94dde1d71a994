package org.tradescreen.bench.match;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.tradescreen.bench.SharedFiles;
import org.tradescreen.model.Name;

/**
 * Writes the multi-script batch of the speed goal (issue 11): 50,000 people on no list from
 * {@code cgb_negatives_us.csv}, about half written in other scripts than Latin. Each of the 5,980 non-Latin names
 * comes four ways, as batches hold them: as written, family name first run together ("张玉英"), words reversed,
 * and without birth date and nationality; the Latin names fill the rest; shuffled (seed 5). CSV for
 * {@code screen-file}: {@code id,name,dob,country}.
 *
 * <pre>java -cp tradescreen-bench/target/benchmarks.jar org.tradescreen.bench.match.MultiScriptBatch multi50k.csv</pre>
 */
public final class MultiScriptBatch {

    private static final int ROWS = 50_000;
    private static final int NON_LATIN = 25_000;

    private MultiScriptBatch() {
    }

    public static void main(String[] args) throws IOException {
        List<String[]> nonLatin = new ArrayList<>();
        List<String[]> latin = new ArrayList<>();
        List<CSVRecord> records = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(SharedFiles.path("eval/screening/cgb_negatives_us.csv"))) {
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).forEach(records::add);
        }
        for (CSVRecord r : records) {
            String[] row = {r.get("full_name"), r.get("date_of_birth"), r.get("nationality")};
            (Name.scriptOf(row[0]) == Character.UnicodeScript.LATIN ? latin : nonLatin).add(row);
        }
        List<String[]> rows = new ArrayList<>(nonLatin);
        for (CSVRecord r : records) {
            if (Name.scriptOf(r.get("full_name")) != Character.UnicodeScript.LATIN) {
                String together = r.get("last_name") + r.get("first_name") + r.get("middle_name");
                rows.add(new String[] {together.isEmpty() ? r.get("full_name") : together, r.get("date_of_birth"),
                        r.get("nationality")});
            }
        }
        for (String[] r : nonLatin) {
            List<String> words = new ArrayList<>(List.of(r[0].split("\\s+")));
            Collections.reverse(words);
            rows.add(new String[] {String.join(" ", words), r[1], r[2]});
        }
        for (String[] r : nonLatin) {
            rows.add(new String[] {r[0], "", ""});
        }
        rows = new ArrayList<>(rows.subList(0, Math.min(NON_LATIN, rows.size())));
        rows.addAll(latin.subList(0, ROWS - rows.size()));
        Collections.shuffle(rows, new Random(5));
        try (Writer w = Files.newBufferedWriter(Path.of(args[0]));
             CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader("id", "name", "dob", "country").get())) {
            for (int i = 0; i < rows.size(); i++) {
                out.printRecord(i, rows.get(i)[0], rows.get(i)[1], rows.get(i)[2]);
            }
        }
    }
}
