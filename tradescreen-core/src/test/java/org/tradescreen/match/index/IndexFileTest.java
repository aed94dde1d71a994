package org.tradescreen.match.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.match.Hit;
import org.tradescreen.match.Query;
import org.tradescreen.match.Screener;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.model.Entity;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

/** A compiled index written and read back screens exactly as the original, and a damaged file is refused. */
@NeedsSharedData
class IndexFileTest {

    private static final NameAnalyzer ANALYZER = NameAnalyzer.standard();
    private static List<Entity> entities;
    private static ScreeningIndex index;
    private static byte[] written;

    @BeforeAll
    static void build() throws Exception {
        entities = new ArrayList<>(ListFormats.byName("un-xml").parse(SharedData.lists("un/UN_consolidated_2026-02-27.xml"),
                new ParseOptions("un-sc", true)).entities());
        entities.addAll(ListFormats.byName("ofac-csv").parse(SharedData.lists("ofac-sdn-series/sdn_2024-05-03.csv"),
                new ParseOptions("us-ofac-sdn", true)).entities());
        index = ScreeningIndex.build(entities, ANALYZER);
        written = bytes(index);
    }

    @Test
    void unAndSdn_readBack_writeTheSameBytesAndScreenTheSame() throws Exception {
        ScreeningIndex read = IndexFile.read(new ByteArrayInputStream(written), ANALYZER);

        assertThat(bytes(read)).isEqualTo(written);
        assertThat(read.size()).isEqualTo(index.size());
        assertThat(read.entityCount()).isEqualTo(entities.size());
        Screener before = new Screener(index);
        Screener after = new Screener(read);
        int hits = 0;
        for (String name : queries()) {
            List<Hit> expected = before.screen(Query.name(name), 0.5, 10);
            assertThat(after.screen(Query.name(name), 0.5, 10)).as(name).isEqualTo(expected);
            hits += expected.size();
        }
        assertThat(hits).as("the queries find list entries, so the comparison compares something").isGreaterThan(300);
    }

    @Test
    void anIndexWeighedByAnotherIndex_keepsThoseWeights() throws Exception {
        ScreeningIndex subset = index.subset(entities.subList(0, 200));

        ScreeningIndex read = IndexFile.read(new ByteArrayInputStream(bytes(subset)), ANALYZER);

        assertThat(bytes(read)).isEqualTo(bytes(subset));
        for (String word : List.of("mohammad", "trading", "kazan", "notaword")) {
            assertThat(read.weight(word, org.tradescreen.match.normalize.TokenKind.NAME))
                    .isEqualTo(index.weight(word, org.tradescreen.match.normalize.TokenKind.NAME));
        }
    }

    @Test
    void aChangedByteOrACutFile_isRefused() {
        byte[] damaged = written.clone();
        damaged[damaged.length / 2] ^= 0x20;
        byte[] cut = Arrays.copyOf(written, written.length - 40);

        assertThatThrownBy(() -> IndexFile.read(new ByteArrayInputStream(damaged), ANALYZER))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> IndexFile.read(new ByteArrayInputStream(cut), ANALYZER))
                .isInstanceOf(IOException.class);
    }

    @Test
    void anotherAnalyser_isRefusedByName() {
        NameAnalyzer other = new NameAnalyzer(List.of(), List.of());

        assertThatThrownBy(() -> IndexFile.read(new ByteArrayInputStream(written), other))
                .isInstanceOf(IOException.class).hasMessageContaining("analyser");
    }

    private static byte[] bytes(ScreeningIndex index) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IndexFile.write(index, out);
        return out.toByteArray();
    }

    /** Listed names as the evaluation set misspells and translates them, and names of people on no list. */
    private static List<String> queries() throws IOException {
        List<String> out = new ArrayList<>();
        for (String[] file : List.of(new String[] {"name-pairs/name_bench_dev.csv", "name1"},
                new String[] {"screening/vr_negatives_global.csv", "full_name"})) {
            try (var reader = Files.newBufferedReader(SharedData.eval(file[0]))) {
                int n = 0;
                for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                    out.add(r.get(file[1]));
                    if (++n == 400) {
                        break;
                    }
                }
            }
        }
        return out;
    }
}
