package org.tradescreen.bench.match;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tradescreen.bench.SharedFiles;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Name;

/**
 * Inputs shared by the matching benchmarks: the real lists (UN 2026, SDN May 2024, OFAC non-SDN), a
 * synthetic list of any size made from real given and family names, and a realistic query mix.
 */
final class BenchLists {

    private BenchLists() {
    }

    static List<Entity> realLists() throws IOException {
        List<Entity> all = new ArrayList<>();
        all.addAll(ListFormats.byName("un-xml").parse(SharedFiles.path("lists/un/UN_consolidated_2026-02-27.xml"),
                new ParseOptions("un-sc", true)).entities());
        all.addAll(ListFormats.byName("ofac-csv").parse(SharedFiles.path("lists/ofac-sdn-series/sdn_2024-05-03.csv"),
                new ParseOptions("us-ofac-sdn", true)).entities());
        all.addAll(ListFormats.byName("ofac-cons-csv").parse(SharedFiles.path("lists/ofac-cons-2025-12-19"),
                new ParseOptions("us-ofac-cons", true)).entities());
        return all;
    }

    /** Negative people's names: full names of {@code cgb_negatives_us.csv}. */
    static List<String> negativeNames(int max) throws IOException {
        List<String> names = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(SharedFiles.path("eval/screening/cgb_negatives_us.csv"))) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (names.size() == max) {
                    break;
                }
                names.add(r.get("full_name"));
            }
        }
        return names;
    }

    /** {@code size} synthetic people, each a random given name and family name of the negatives set. */
    static List<Entity> synthetic(int size, long seed) throws IOException {
        List<String> given = new ArrayList<>();
        List<String> family = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(SharedFiles.path("eval/screening/cgb_negatives_us.csv"))) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (!r.get("first_name").isBlank() && !r.get("last_name").isBlank()) {
                    given.add(r.get("first_name"));
                    family.add(r.get("last_name"));
                }
            }
        }
        Random random = new Random(seed);
        List<Entity> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String name = given.get(random.nextInt(given.size())) + " " + family.get(random.nextInt(family.size()));
            out.add(Entity.builder("synthetic", String.valueOf(i)).type(EntityType.PERSON)
                    .name(Name.primary(name)).build());
        }
        return out;
    }

    /** Half names on no list, half listed names with one typo: what a screening service sees. */
    static List<String> queryMix(List<Entity> lists, int size, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> negatives = negativeNames(size / 2);
        List<String> out = new ArrayList<>(negatives);
        while (out.size() < size) {
            String name = lists.get(random.nextInt(lists.size())).primaryName();
            StringBuilder sb = new StringBuilder(name);
            if (sb.length() > 4) {
                sb.deleteCharAt(1 + random.nextInt(sb.length() - 2));
            }
            out.add(sb.toString());
        }
        java.util.Collections.shuffle(out, random);
        return out;
    }
}
