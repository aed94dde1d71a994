package org.tradescreen.bench.monitor;

import java.io.IOException;
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
import org.tradescreen.bench.SharedFiles;
import org.tradescreen.bench.generate.NamePools;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.registry.ListFormats;
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

    private CounterpartyBase() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "base1m.csv");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        NamePools pools = NamePools.load("eval/screening/cgb_negatives_us.csv");
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
                String country = NamePools.pick(NamePools.COUNTRIES, random);
                String identifier = random.nextInt(10) == 0 ? "P" + (10_000_000 + random.nextInt(89_999_999)) : "";
                int kind = random.nextInt(10);
                if (kind < 7) {
                    String name = random.nextInt(8) == 0 ? pools.written(random)
                            : pools.given(random) + " " + pools.family(random);
                    String dob = String.format("%d-%02d-%02d", 1940 + random.nextInt(65), 1 + random.nextInt(12),
                            1 + random.nextInt(28));
                    csv.printRecord(id, name, "person", country, dob, identifier);
                } else {
                    String first = random.nextBoolean() ? pools.family(random) : NamePools.pick(NamePools.TRADE, random);
                    String name = first + " " + NamePools.pick(NamePools.TRADE, random) + " "
                            + NamePools.pick(NamePools.FORMS, random);
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
