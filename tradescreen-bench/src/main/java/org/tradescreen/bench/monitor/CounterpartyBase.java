package org.tradescreen.bench.monitor;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.tradescreen.bench.SharedFiles;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.model.Entity;

/**
 * Writes a counterparty base for the monitoring figures (issue 14): {@code N} counterparties (default 1,000,000) in
 * the import format {@code id,name,type,country,dob,identifier}. People are a random given and family name of
 * {@code cgb_negatives_us.csv} (one in eight written as that file writes them in other scripts), with a birth date
 * and a country; companies are one or two words of those names and trade words with a legal form; one in ten has an
 * identifier. Planted among them: three counterparties carrying the listed name of each of the 41 entries the SDN
 * capture of 2023-11-17 added to that of 2023-11-15 (ids {@code planted-SOURCEID-K}), so a load of the later capture
 * must alert each of them. Seeded: the same file every time.
 *
 * <pre>java -cp tradescreen-bench/target/benchmarks.jar org.tradescreen.bench.monitor.CounterpartyBase base1m.csv [N]</pre>
 */
public final class CounterpartyBase {

    private static final String[] TRADE = {"Global", "Trading", "Logistics", "Export", "Import", "Industrial",
        "Technology", "Metals", "Chemical", "Shipping", "Holdings", "Machinery", "Electronics", "Textile", "Agro",
        "Energy", "Marine", "Pharma", "Supply", "International", "Engineering", "Systems", "Precision", "Foods"};
    private static final String[] FORMS = {"LLC", "Ltd", "Co., Ltd.", "GmbH", "S.A.", "Inc.", "Limited", "B.V.",
        "S.r.l.", "JSC", "Pte Ltd", "FZE"};
    private static final String[] COUNTRIES = {"US", "DE", "FR", "GB", "CN", "IN", "BR", "TR", "AE", "NL", "IT",
        "ES", "MX", "JP", "KR", "RU", "PL", "VN", "ZA", "EG"};

    private CounterpartyBase() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "base1m.csv");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        List<String> given = new ArrayList<>();
        List<String> family = new ArrayList<>();
        List<String> written = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(SharedFiles.path("eval/screening/cgb_negatives_us.csv"))) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (!r.get("first_name").isBlank() && !r.get("last_name").isBlank()) {
                    given.add(r.get("first_name"));
                    family.add(r.get("last_name"));
                }
                if (!r.get("full_name").chars().allMatch(c -> c < 0x250)) {
                    written.add(r.get("full_name"));
                }
            }
        }
        List<Entity> added = addedOn20231117();
        Random random = new Random(14);
        // where each planted counterparty goes: three per added entry, spread over the file
        List<Integer> slots = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        while (slots.size() < 3 * added.size()) {
            int s = random.nextInt(size);
            if (taken.add(s)) {
                slots.add(s);
            }
        }
        try (Writer w = Files.newBufferedWriter(out);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            csv.printRecord("id", "name", "type", "country", "dob", "identifier");
            for (int i = 0; i < size; i++) {
                int planted = slots.indexOf(i);
                if (planted >= 0) {
                    Entity e = added.get(planted / 3);
                    csv.printRecord("planted-" + e.sourceId() + "-" + (planted % 3), e.primaryName(),
                            e.type().code().equals("unknown") ? "" : e.type().code(), "", "", "");
                    continue;
                }
                String id = String.format("cp%07d", i);
                String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
                String identifier = random.nextInt(10) == 0 ? "P" + (10_000_000 + random.nextInt(89_999_999)) : "";
                int kind = random.nextInt(10);
                if (kind < 7) {
                    String name = random.nextInt(8) == 0 ? written.get(random.nextInt(written.size()))
                            : given.get(random.nextInt(given.size())) + " " + family.get(random.nextInt(family.size()));
                    String dob = String.format("%d-%02d-%02d", 1940 + random.nextInt(65), 1 + random.nextInt(12),
                            1 + random.nextInt(28));
                    csv.printRecord(id, name, "person", country, dob, identifier);
                } else {
                    String first = random.nextBoolean() ? family.get(random.nextInt(family.size()))
                            : TRADE[random.nextInt(TRADE.length)];
                    String name = first + " " + TRADE[random.nextInt(TRADE.length)] + " "
                            + FORMS[random.nextInt(FORMS.length)];
                    csv.printRecord(id, name, "organization", country, "", identifier);
                }
            }
        }
        System.out.printf("wrote %s: %d counterparties, %d of them carrying the names of the %d entries added on"
                + " 2023-11-17%n", out, size, 3 * added.size(), added.size());
    }

    /** The entries of the SDN capture of 2023-11-17 that the capture of 2023-11-15 lacks. */
    static List<Entity> addedOn20231117() throws IOException {
        List<Entity> before = ListFormats.byName("ofac-csv").parse(
                SharedFiles.path("lists/ofac-sdn-series/sdn_2023-11-15.csv"), new ParseOptions("us-ofac-sdn", true))
                .entities();
        List<Entity> after = ListFormats.byName("ofac-csv").parse(
                SharedFiles.path("lists/ofac-sdn-series/sdn_2023-11-17.csv"), new ParseOptions("us-ofac-sdn", true))
                .entities();
        Set<String> known = new HashSet<>();
        before.forEach(e -> known.add(e.sourceId()));
        return after.stream().filter(e -> !known.contains(e.sourceId())).toList();
    }
}
