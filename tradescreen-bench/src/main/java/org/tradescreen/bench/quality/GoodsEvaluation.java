package org.tradescreen.bench.quality;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.tradescreen.goods.describe.GoodsQuery;
import org.tradescreen.goods.describe.GoodsScreener;
import org.tradescreen.goods.structure.StructureClassifier;
import org.tradescreen.goods.structure.StructureResult;

/**
 * Goods screening against labelled sets: the test molecules of {@code molecules_dev.csv} (expected
 * class frs / not_frs / precursor, with a confidence) classified from their SMILES, and the goods
 * descriptions written for this project ({@code goods-descriptions.csv} beside this class: listed
 * precursors by name, abbreviation, CAS and systematic name, mislabelled goods, analogues no list
 * names, look-alike harmless goods), screened as the {@code goods} command does.
 */
final class GoodsEvaluation {

    /** Right and total per slice, and the rows that disagreed. */
    record Result(Map<String, int[]> bySlice, List<String> disagreements) {
    }

    private GoodsEvaluation() {
    }

    static Result molecules(Path csv, StructureClassifier classifier) throws IOException {
        Map<String, int[]> slices = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                StructureResult s = classifier.classify(r.get("smiles"));
                String got = s.fentanylRelated() ? "frs" : s.precursorFamily() != null ? "precursor" : "not_frs";
                String expected = r.get("expected");
                boolean right = got.equals(expected);
                count(slices, "all", right);
                count(slices, expected + " / " + r.get("confidence"), right);
                if (!right) {
                    wrong.add(r.get("name") + ": expected " + expected + ", got " + got);
                }
            }
        }
        return new Result(slices, wrong);
    }

    static Result descriptions(GoodsScreener screener) throws IOException {
        Map<String, int[]> slices = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        try (Reader in = new InputStreamReader(GoodsEvaluation.class.getResourceAsStream("goods-descriptions.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                GoodsQuery q = GoodsQuery.text(r.get("description"), blank(r.get("cas")), blank(r.get("hs")), null);
                String got = screener.screen(q).classification().code();
                boolean right = got.equals(r.get("expected_class"));
                count(slices, "all", right);
                count(slices, r.get("expected_class"), right);
                if (!right) {
                    wrong.add(r.get("description") + " (" + r.get("kind") + "): expected " + r.get("expected_class")
                            + ", got " + got);
                }
            }
        }
        return new Result(slices, wrong);
    }

    private static void count(Map<String, int[]> slices, String slice, boolean right) {
        int[] c = slices.computeIfAbsent(slice, k -> new int[2]);
        c[0] += right ? 1 : 0;
        c[1]++;
    }

    private static @Nullable String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
