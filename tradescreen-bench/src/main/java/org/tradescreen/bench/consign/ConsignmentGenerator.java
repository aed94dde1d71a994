package org.tradescreen.bench.consign;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tradescreen.bench.SharedFiles;

/**
 * Writes a manifest of N consignments for the speed benchmark, seeded and reproducible, shaped like a day of
 * inbound e-commerce mail and express: mail, express and cargo items with two parties each and one to three goods
 * lines. Shippers are a few thousand merchants sending again and again (one in fifty a real listed name),
 * consignees are the 50,000 people of {@code cgb_negatives_us.csv} (names in many scripts), goods are ordinary
 * parcels and, one line in ten, the labelled goods descriptions of the quality harness. Every consignment moves on
 * one day, 2024-01-15, or over DAYS days from 2023-10-01 when given.
 *
 * <pre>java -cp tradescreen-bench/target/benchmarks.jar org.tradescreen.bench.consign.ConsignmentGenerator N out.jsonl [DAYS]</pre>
 */
public final class ConsignmentGenerator {

    private static final String[] ORDINARY = {"bluetooth headphones|8518.30", "ceramic coffee mugs|6912.00",
            "children's books|4901.99", "LED desk lamp|9405.21", "silk scarf|6214.10", "yoga mat|9506.91",
            "stainless steel water bottle|9617.00", "phone case|3926.90", "cotton t-shirts|6109.10", "plush toy|9503.00",
            "USB charging cable|8544.42", "kitchen knife set|8211.91", "sunglasses|9004.10", "hair clips|9615.19"};
    private static final int MERCHANTS = 3_000;
    private static final String[] COUNTRIES = {"CN", "CN", "CN", "HK", "DE", "GB", "VN", "IN", "JP", "MX", "CA"};

    private ConsignmentGenerator() {
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        int days = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Random random = new Random(42);
        List<String> people = column(SharedFiles.path("eval/screening/cgb_negatives_us.csv"), "full_name", Integer.MAX_VALUE);
        List<String> merchants = new ArrayList<>(people.subList(0, MERCHANTS));
        List<String> listed = column(SharedFiles.path("lists/csl/csl_watchman_partial_2023-11-30.csv"), "name", 3_000);
        List<String> goods = column(ConsignmentGenerator.class.getResource("/org/tradescreen/bench/quality/goods-descriptions.csv"),
                "description");
        ObjectMapper json = new ObjectMapper();
        LocalDate first = days > 0 ? LocalDate.of(2023, 10, 1) : LocalDate.of(2024, 1, 15);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                ObjectNode c = json.createObjectNode();
                String mode = i % 3 == 0 ? "mail" : i % 3 == 1 ? "express" : "cargo";
                String origin = COUNTRIES[random.nextInt(COUNTRIES.length)];
                c.put("consignment_id", "G" + i).put("as_of", first.plusDays(days > 0 ? random.nextInt(days) : 0).toString())
                        .put("mode", mode).put("direction", "import");
                c.putObject("route").put("origin", origin).put("destination", "US");
                ArrayNode parties = c.putArray("parties");
                // One shipper in fifty is a listed name; the rest are merchants on no list.
                String shipper = random.nextInt(50) == 0 ? listed.get(random.nextInt(listed.size()))
                        : merchants.get(random.nextInt(merchants.size()));
                parties.addObject().put("role", "shipper").put("name", shipper).putObject("address").put("country", origin);
                parties.addObject().put("role", "consignee").put("name", people.get(random.nextInt(people.size())))
                        .putObject("address").put("line", (100 + random.nextInt(900)) + " Main Street").put("city", "Springfield")
                        .put("country", "US");
                ArrayNode lines = c.putArray("lines");
                int count = 1 + random.nextInt(3);
                for (int l = 1; l <= count; l++) {
                    ObjectNode line = lines.addObject().put("line_no", l);
                    if (random.nextInt(10) == 0) {
                        line.put("description", goods.get(random.nextInt(goods.size())));
                    } else {
                        String[] o = ORDINARY[random.nextInt(ORDINARY.length)].split("\\|");
                        line.put("description", o[0]).put("hs_code", o[1]);
                    }
                    line.put("quantity", 1 + random.nextInt(5));
                }
                w.write(json.writeValueAsString(c));
                w.write('\n');
            }
        }
    }

    private static List<String> column(Path csv, String name, int most) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return column(r, name, most);
        }
    }

    private static List<String> column(java.net.URL resource, String name) throws IOException {
        try (Reader r = new java.io.InputStreamReader(resource.openStream(), StandardCharsets.UTF_8)) {
            return column(r, name, Integer.MAX_VALUE);
        }
    }

    private static List<String> column(Reader r, String name, int most) throws IOException {
        List<String> out = new ArrayList<>();
        for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
                .get().parse(r)) {
            if (out.size() == most) {
                break;
            }
            if (rec.isMapped(name) && rec.isSet(name) && !rec.get(name).isBlank()) {
                out.add(rec.get(name));
            }
        }
        return out;
    }
}
