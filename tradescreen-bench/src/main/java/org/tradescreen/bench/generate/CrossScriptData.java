package org.tradescreen.bench.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.tradescreen.bench.SharedFiles;
import org.tradescreen.match.phonetic.NameScript;
import org.tradescreen.match.phonetic.PhoneticToken;
import org.tradescreen.match.phonetic.Romanizer;

/**
 * The cross-script evaluation files (Wikidata person-name tokens, English against Arabic, Chinese,
 * Hebrew, Katakana, Korean and Russian; see {@code eval/cross-script/README.md}), read in place from the
 * shared data. Lines read {@code latin<TAB>native<TAB>count}; Han, kana and Hangul come spaced per
 * character and are kept so, since {@link Romanizer} joins them. Non-pairs follow the agreed protocol:
 * each Latin token against the native token of a different, randomly chosen row (seed 42), one per pair.
 */
final class CrossScriptData {

    /** One evaluation file: its name in {@code wd_<name>_20.tsv} and the script of its native tokens. */
    enum Set {
        ARABIC("arabic", NameScript.ARABIC),
        CHINESE("chinese", NameScript.HAN),
        HEBREW("hebrew", NameScript.HEBREW),
        KATAKANA("katakana", NameScript.KANA),
        KOREAN("korean", NameScript.HANGUL),
        RUSSIAN("russian", NameScript.CYRILLIC);

        final String file;
        final NameScript script;

        Set(String name, NameScript script) {
            this.file = "cross-script/wd_" + name + "_20.tsv";
            this.script = script;
        }
    }

    /** A Latin token and the native token that names the same person. */
    record Row(String latin, String nativeToken) {
    }

    /** A file's rows prepared once: the Latin and the native token of row i at index i. */
    record Prepared(PhoneticToken[] latin, PhoneticToken[] other) {
        int size() {
            return latin.length;
        }
    }

    static final long NON_PAIR_SEED = 42;

    private static final Romanizer ROMANIZER = new Romanizer();
    /* Han romanization is slow (ICU's Han-Latin, about 90 us a token), so the test classes share one pass. */
    private static final Map<Set, Prepared> PREPARED = new ConcurrentHashMap<>();

    private CrossScriptData() {
    }

    static List<Row> read(Set set) {
        Path path = SharedFiles.path("eval/" + set.file);
        List<Row> rows = new ArrayList<>();
        try {
            int lineNumber = 0;
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                lineNumber++;
                String[] fields = line.split("\t");
                if (fields.length != 3) {
                    throw new IllegalStateException(path + " line " + lineNumber + ": expected 3 tab-separated fields, got "
                            + fields.length);
                }
                rows.add(new Row(fields[0], fields[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static Prepared prepared(Set set) {
        return PREPARED.computeIfAbsent(set, s -> {
            List<Row> rows = read(s);
            PhoneticToken[] latin = new PhoneticToken[rows.size()];
            PhoneticToken[] other = new PhoneticToken[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                latin[i] = PhoneticToken.of(rows.get(i).latin(), ROMANIZER);
                other[i] = PhoneticToken.of(rows.get(i).nativeToken(), ROMANIZER);
            }
            return new Prepared(latin, other);
        });
    }

    /** For each row, the row whose native token is its non-pair: a different row, drawn with a fixed seed. */
    static int[] nonPairPartners(int rows) {
        Random random = new Random(NON_PAIR_SEED);
        int[] partner = new int[rows];
        for (int i = 0; i < rows; i++) {
            int j = random.nextInt(rows - 1);
            partner[i] = j >= i ? j + 1 : j;
        }
        return partner;
    }

    /** Recall on pairs and false-positive rate on non-pairs at a threshold (a score at or above it matches). */
    record Rates(int pairs, double recall, double falsePositiveRate) {

        static Rates at(double[] pairScores, double[] nonPairScores, double threshold) {
            return new Rates(pairScores.length, shareAtOrAbove(pairScores, threshold),
                    shareAtOrAbove(nonPairScores, threshold));
        }

        private static double shareAtOrAbove(double[] scores, double threshold) {
            int n = 0;
            for (double s : scores) {
                if (s >= threshold) {
                    n++;
                }
            }
            return (double) n / scores.length;
        }
    }
}
