package org.tradescreen.match.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.match.Hit;
import org.tradescreen.match.Query;
import org.tradescreen.match.Screener;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.model.Entity;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

/** A compiled index shipped as bytes and read back screens exactly as the original, and a damaged file is refused. */
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
        ScreeningIndex read = ScreeningIndex.read(new ByteArrayInputStream(written), ANALYZER);

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
    void tablesAndTextsSpreadOverManyMappedChunks_screenAsOne(@TempDir Path dir) throws Exception {
        // an index of millions is mapped in chunks of 1 GB; here chunks of 8 MB, so the entities' texts cross them
        ScreeningIndex chunked;
        try (IndexBuilder builder = new IndexBuilder(ANALYZER, dir)) {
            builder.add(entities, null);
            chunked = builder.finish(dir.resolve("chunked.tsix"), "", null, 8 << 20);
        }

        assertThat(Files.size(dir.resolve("chunked.tsix"))).isGreaterThan(2L * (8 << 20));
        for (int e = 0; e < chunked.entityCount(); e++) {
            assertThat(chunked.entity(e)).isEqualTo(index.entity(e));
        }
        for (String name : queries()) {
            assertThat(new Screener(chunked).screen(Query.name(name), 0.5, 10)).as(name)
                    .isEqualTo(new Screener(index).screen(Query.name(name), 0.5, 10));
        }
    }

    @Test
    void aChangedByteOrACutFile_isRefused() {
        byte[] damaged = written.clone();
        damaged[damaged.length / 2] ^= 0x20;
        byte[] cut = Arrays.copyOf(written, written.length - 40);

        assertThatThrownBy(() -> ScreeningIndex.read(new ByteArrayInputStream(damaged), ANALYZER))
                .isInstanceOf(IndexDamagedException.class);
        assertThatThrownBy(() -> ScreeningIndex.read(new ByteArrayInputStream(cut), ANALYZER))
                .isInstanceOf(IndexDamagedException.class);
    }

    @Test
    void anotherAnalyser_isRefusedByName() {
        NameAnalyzer other = new NameAnalyzer(List.of(), List.of());

        assertThatThrownBy(() -> ScreeningIndex.read(new ByteArrayInputStream(written), other))
                .isInstanceOf(IndexDamagedException.class).hasMessageContaining("analyser");
    }

    private static byte[] bytes(ScreeningIndex index) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        index.write(out);
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
