package org.tradescreen.lists.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.history.ListDiff;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.lists.snapshot.SnapshotVersion;
import org.tradescreen.testing.TestStores;

/** The loader's guarantees, on H2 and on PostgreSQL. */
class ListLoaderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private SnapshotStore store;
    private ListLoader loader;

    private void open(String backend) throws Exception {
        store = new SnapshotStore(TestStores.fresh(backend), CLOCK);
        loader = new ListLoader(store, CLOCK);
    }

    /** A small CSL file with one row per "id|name|address". */
    private Path csl(String file, String... rows) throws Exception {
        StringBuilder sb = new StringBuilder("_id,source,name,addresses\n");
        for (String row : rows) {
            String[] f = row.split("\\|");
            sb.append(f[0]).append(",Entity List (EL) - Bureau of Industry and Security,\"").append(f[1])
                    .append("\",\"").append(f.length > 2 ? f[2] : "").append("\"\n");
        }
        Path p = dir.resolve(file);
        Files.writeString(p, sb);
        return p;
    }

    private LoadResult load(Path file, LocalDate published) throws Exception {
        return loader.load(new LoadRequest(List.of(file), null, "test", published, false, false));
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void firstLoad_addsEverything_thenDiffCountsAddedRemovedChanged(String backend) throws Exception {
        open(backend);
        LoadResult v1 = load(csl("a.csv", "1|Alpha|Beijing, CN", "2|Beta", "3|Gamma"), LocalDate.of(2023, 1, 1));
        LoadResult v2 = load(csl("b.csv", "1|Alpha|Shanghai, CN", "2|Beta", "4|Delta"), LocalDate.of(2023, 2, 1));

        assertThat(v1.newVersion()).isTrue();
        assertThat(v1.added()).isEqualTo(3);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(List.of(v2.added(), v2.removed(), v2.changed())).containsExactly(1, 1, 1);
        ListDiff diff = ListDiff.between(store, store.version("test", 1).orElseThrow(),
                store.version("test", 2).orElseThrow());
        assertThat(diff.changed()).singleElement().satisfies(c -> {
            assertThat(c.sourceId()).isEqualTo("1");
            assertThat(c.fields()).containsExactly("addresses");
        });
        assertThat(diff.removed()).extracting(ListDiff.Entry::name).containsExactly("Gamma");
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void identicalContent_makesNoNewVersion(String backend) throws Exception {
        open(backend);
        load(csl("a.csv", "1|Alpha", "2|Beta"), LocalDate.of(2023, 1, 1));
        LoadResult again = load(csl("a2.csv", "2|Beta", "1|Alpha"), LocalDate.of(2023, 1, 5));

        assertThat(again.newVersion()).isFalse();
        assertThat(again.version()).isEqualTo(1);
        assertThat(store.versions("test")).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void identicalToALaterVersion_movesThatVersionBackToTheEarlierDate(String backend) throws Exception {
        open(backend);
        load(csl("a.csv", "1|Alpha"), LocalDate.of(2023, 1, 1));
        load(csl("c.csv", "1|Alpha", "2|Beta"), LocalDate.of(2023, 3, 1));
        LoadResult earlier = load(csl("b.csv", "1|Alpha", "2|Beta"), LocalDate.of(2023, 2, 1));

        assertThat(earlier.newVersion()).isFalse();
        assertThat(earlier.version()).isEqualTo(2);
        assertThat(store.asOf("test", LocalDate.of(2023, 2, 15)).orElseThrow().version()).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void emptyFile_isRefusedAndTheLastGoodVersionStays(String backend) throws Exception {
        open(backend);
        load(csl("a.csv", "1|Alpha", "2|Beta"), LocalDate.of(2023, 1, 1));
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");

        assertThatThrownBy(() -> loader.load(new LoadRequest(List.of(empty), "csl-csv", "test",
                LocalDate.of(2023, 2, 1), false, false)))
                .isInstanceOf(LoadRefusedException.class)
                .hasMessageContaining("no entities");
        assertThat(store.versions("test")).hasSize(1);
        assertThat(store.asOf("test", LocalDate.of(2024, 1, 1)).orElseThrow().entityCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void dropOfMoreThan30Percent_isRefusedUnlessForced(String backend) throws Exception {
        open(backend);
        load(csl("a.csv", "1|A", "2|B", "3|C", "4|D", "5|E", "6|F", "7|G", "8|H", "9|I", "10|J"), LocalDate.of(2023, 1, 1));
        Path cut = csl("b.csv", "1|A", "2|B", "3|C", "4|D", "5|E", "6|F");

        assertThatThrownBy(() -> load(cut, LocalDate.of(2023, 2, 1)))
                .isInstanceOf(LoadRefusedException.class)
                .hasMessageContaining("from 10 entities")
                .hasMessageContaining("to 6");
        LoadResult forced = loader.load(new LoadRequest(List.of(cut), null, "test", LocalDate.of(2023, 2, 1), true, false));
        assertThat(forced.removed()).isEqualTo(4);
        // a 30% drop exactly is allowed
        assertThat(load(csl("c.csv", "1|A", "2|B", "3|C", "4|D", "5|E", "6|F", "7|G"), LocalDate.of(2023, 3, 1)).entities())
                .isEqualTo(7);
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void conflictingEntriesUnderOneId_failUnlessLenient(String backend) throws Exception {
        open(backend);
        Path file = csl("a.csv", "1|Alpha", "1|Alpha", "2|Beta", "2|Bravo");

        assertThatThrownBy(() -> load(file, LocalDate.of(2023, 1, 1)))
                .isInstanceOf(LoadRefusedException.class)
                .hasMessageContaining("test:2");
        LoadResult lenient = loader.load(new LoadRequest(List.of(file), null, "test", LocalDate.of(2023, 1, 1),
                false, true));
        assertThat(lenient.entities()).isEqualTo(2);
        assertThat(lenient.problems()).hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void rawFiles_areKeptByteForByte(String backend) throws Exception {
        open(backend);
        Path file = csl("a.csv", "1|Alpha", "2|公安部物证鉴定中心");
        load(file, LocalDate.of(2023, 1, 1));

        SnapshotVersion v = store.version("test", 1).orElseThrow();
        assertThat(store.rawFiles(v.id())).containsOnlyKeys("a.csv");
        assertThat(store.rawFiles(v.id()).get("a.csv")).isEqualTo(Files.readAllBytes(file));
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void publishedDate_comesFromTheFileNameWhenNotGiven(String backend) throws Exception {
        open(backend);
        LoadResult r = load(csl("sdn_2023-11-15.csv", "1|Alpha"), null);
        LoadResult today = load(csl("list.csv", "1|Alpha", "2|Beta"), null);

        assertThat(r.published()).isEqualTo(LocalDate.of(2023, 11, 15));
        assertThat(today.published()).isEqualTo(LocalDate.of(2026, 11, 29));
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void missingFile_failsNamingIt(String backend) throws Exception {
        open(backend);
        assertThatThrownBy(() -> load(dir.resolve("nope.csv"), null))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("nope.csv");
    }
}
