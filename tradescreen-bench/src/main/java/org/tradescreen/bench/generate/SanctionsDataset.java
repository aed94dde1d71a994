package org.tradescreen.bench.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.tradescreen.bench.SharedFiles;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.model.Entity;
import org.tradescreen.model.Identifier;
import org.tradescreen.model.Name;
import org.tradescreen.model.NameKind;

/**
 * Writes a FollowTheMoney entities file the size of OpenSanctions' default collection, made up but shaped like it:
 * about 55% people, 30% companies, 13% organisations and 2% vessels, each with a name and, for about a third, one to
 * three aliases (another script, family name first, an initial, a misspelling; a former name or an acronym for
 * companies), so about 1.5 names per entity. People have birth dates (some only a year), nationalities and passport
 * or id numbers; companies a country and registration numbers; vessels an IMO number (with its check digit), a flag
 * and an MMSI. Names come from {@link NamePools}. The real entries of the UN list of 2026-02-27 and the SDN list of
 * 2024-05-03 come first (ids {@code real-SOURCE-ID}), so matching quality can be measured inside the big file.
 * Seeded: the same arguments write the same bytes.
 *
 * <pre>java -cp tradescreen-bench/target/benchmarks.jar org.tradescreen.bench.generate.SanctionsDataset \
 *     OUT.ftm.json [ENTITIES, default 3000000] [REAL, default 5000] [SEED, default 17]</pre>
 */
public final class SanctionsDataset {

    private final NamePools pools;
    private final Random random;

    private SanctionsDataset(NamePools pools, long seed) {
        this.pools = pools;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "sanctions-3m.ftm.json");
        int entities = args.length > 1 ? Integer.parseInt(args[1]) : 3_000_000;
        int real = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 17;
        long names = write(out, entities, real, seed);
        System.out.printf("wrote %s: %,d entities (%,d of them real listed entries), %,d names, %,d bytes%n", out,
                entities, Math.min(real, entities), names, Files.size(out));
    }

    /** Writes the file and returns how many names (primary names and aliases) it holds. */
    public static long write(Path out, int entities, int real, long seed) throws IOException {
        SanctionsDataset dataset = new SanctionsDataset(
                NamePools.load("eval/screening/cgb_negatives_us.csv", "eval/screening/vr_negatives_global.csv"), seed);
        List<Entity> listed = realEntries(real);
        long names = 0;
        try (OutputStream os = Files.newOutputStream(out);
             JsonGenerator json = new JsonFactory().createGenerator(os)) {
            json.setRootValueSeparator(null);
            for (int i = 0; i < entities; i++) {
                Map<String, List<String>> properties = new LinkedHashMap<>();
                String schema;
                String id;
                if (i < listed.size()) {
                    Entity e = listed.get(i);
                    id = "real-" + e.source() + "-" + e.sourceId();
                    schema = real(e, properties);
                } else {
                    id = String.format("gen-%08d", i);
                    schema = dataset.madeUp(properties);
                }
                names += properties.getOrDefault("name", List.of()).size()
                        + properties.getOrDefault("alias", List.of()).size()
                        + properties.getOrDefault("weakAlias", List.of()).size()
                        + properties.getOrDefault("previousName", List.of()).size();
                line(json, os, id, schema, properties);
            }
        }
        return names;
    }

    private static void line(JsonGenerator json, OutputStream os, String id, String schema,
                             Map<String, List<String>> properties) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("schema", schema);
        json.writeObjectFieldStart("properties");
        for (Map.Entry<String, List<String>> p : properties.entrySet()) {
            json.writeArrayFieldStart(p.getKey());
            for (String v : p.getValue()) {
                json.writeString(v);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndObject();
        json.flush();
        os.write('\n');
    }

    /** The first {@code count} entries of the UN list and then the SDN list, as they were published. */
    private static List<Entity> realEntries(int count) throws IOException {
        List<Entity> all = new ArrayList<>(ListFormats.byName("un-xml").parse(
                SharedFiles.path("lists/un/UN_consolidated_2026-02-27.xml"), new ParseOptions("un-sc", true)).entities());
        all.addAll(ListFormats.byName("ofac-csv").parse(SharedFiles.path("lists/ofac-sdn-series/sdn_2024-05-03.csv"),
                new ParseOptions("us-ofac-sdn", true)).entities());
        return all.subList(0, Math.min(count, all.size()));
    }

    private static String real(Entity e, Map<String, List<String>> p) {
        for (Name n : e.names()) {
            add(p, n.kind() == NameKind.PRIMARY ? "name" : n.weak() ? "weakAlias" : "alias", n.value());
        }
        e.birthDates().forEach(d -> add(p, "birthDate", d.toString()));
        e.nationalities().forEach(c -> add(p, "nationality", c));
        for (Identifier id : e.identifiers()) {
            boolean imo = id.type() != null && id.type().toUpperCase(java.util.Locale.ROOT).contains("IMO");
            add(p, e.type() == org.tradescreen.model.EntityType.VESSEL && imo ? "imoNumber" : "idNumber", id.value());
        }
        add(p, "topics", "sanction");
        return switch (e.type()) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organization";
            case VESSEL -> "Vessel";
            case AIRCRAFT -> "Airplane";
            case UNKNOWN -> "LegalEntity";
        };
    }

    private String madeUp(Map<String, List<String>> p) {
        int kind = random.nextInt(100);
        if (kind < 55) {
            person(p);
            return "Person";
        }
        if (kind < 98) {
            company(p);
            return kind < 85 ? "Company" : "Organization";
        }
        vessel(p);
        return "Vessel";
    }

    private void person(Map<String, List<String>> p) {
        String[] person = pools.person(random);
        String given = person[0];
        String family = person[1];
        String name = random.nextInt(10) == 0 ? pools.written(random) : given + " " + family;
        add(p, "name", name);
        for (int a = aliases(); a > 0; a--) {
            add(p, "alias", switch (random.nextInt(4)) {
                case 0 -> pools.inAnotherScript(given + " " + family, random).orElse(family.toUpperCase() + ", " + given);
                case 1 -> family.toUpperCase() + ", " + given;
                case 2 -> given.charAt(0) + ". " + family;
                default -> misspelt(given) + " " + family;
            });
        }
        if (random.nextInt(4) != 0) {
            int year = 1930 + random.nextInt(75);
            add(p, "birthDate", random.nextInt(5) == 0 ? String.valueOf(year)
                    : String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28)));
        }
        if (random.nextInt(5) != 0) {
            add(p, "nationality", NamePools.pick(NamePools.COUNTRIES, random).toLowerCase());
        }
        if (random.nextInt(5) == 0) {
            add(p, "passportNumber", String.valueOf(10_000_000 + random.nextInt(89_999_999)));
        }
        if (random.nextInt(10) == 0) {
            add(p, "idNumber", String.valueOf(100_000_000L + random.nextInt(899_999_999)));
        }
        add(p, "topics", random.nextInt(2) == 0 ? "role.pep" : random.nextInt(5) == 0 ? "debarment" : "sanction");
    }

    private void company(Map<String, List<String>> p) {
        String first = random.nextBoolean() ? pools.latinFamily(random) : NamePools.pick(NamePools.TRADE, random);
        String core = first + " " + NamePools.pick(NamePools.TRADE, random);
        add(p, "name", core + " " + NamePools.pick(NamePools.FORMS, random));
        for (int a = aliases(); a > 0; a--) {
            switch (random.nextInt(3)) {
                case 0 -> add(p, "previousName", pools.latinFamily(random) + " " + core);
                case 1 -> add(p, "alias", acronym(core));
                default -> add(p, "alias", core + " " + NamePools.pick(NamePools.FORMS, random));
            }
        }
        if (random.nextInt(10) < 7) {
            add(p, "jurisdiction", NamePools.pick(NamePools.COUNTRIES, random).toLowerCase());
        }
        if (random.nextInt(10) < 4) {
            add(p, "registrationNumber", String.valueOf(1_000_000L + random.nextInt(998_999_999)));
        }
        add(p, "topics", random.nextInt(3) == 0 ? "debarment" : "sanction");
    }

    private void vessel(Map<String, List<String>> p) {
        add(p, "name", (NamePools.pick(NamePools.TRADE, random) + " " + pools.latinFamily(random)).toUpperCase());
        if (random.nextInt(3) == 0) {
            add(p, "previousName", pools.latinFamily(random).toUpperCase() + " " + (1 + random.nextInt(9)));
        }
        add(p, "imoNumber", "IMO" + imo(100_000 + random.nextInt(900_000)));
        add(p, "flag", NamePools.pick(NamePools.COUNTRIES, random).toLowerCase());
        if (random.nextBoolean()) {
            add(p, "mmsi", String.valueOf(200_000_000 + random.nextInt(575_999_999)));
        }
        add(p, "topics", "sanction");
    }

    /** 0 for about two entities in three, else one to three: about 1.5 names an entity in all. */
    private int aliases() {
        int r = random.nextInt(100);
        return r < 65 ? 0 : r < 87 ? 1 : r < 96 ? 2 : 3;
    }

    /** Two neighbouring letters swapped, as a clerk's typo. */
    private String misspelt(String word) {
        if (word.length() < 4) {
            return word;
        }
        int i = 1 + random.nextInt(word.length() - 2);
        return word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
    }

    private static String acronym(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.split(" ")) {
            out.append(Character.toUpperCase(w.charAt(0)));
        }
        return out.toString();
    }

    /** A seven-digit IMO number: six digits and the check digit (their weighted sum, 7 down to 2, mod 10). */
    static String imo(int six) {
        int sum = 0;
        int rest = six;
        for (int weight = 2; weight <= 7; weight++) {
            sum += (rest % 10) * weight;
            rest /= 10;
        }
        return String.format("%06d%d", six, sum % 10);
    }

    private static void add(Map<String, List<String>> p, String property, String value) {
        p.computeIfAbsent(property, k -> new ArrayList<>(2)).add(value);
    }
}
