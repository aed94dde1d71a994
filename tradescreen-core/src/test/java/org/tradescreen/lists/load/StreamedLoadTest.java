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
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.lists.format.ftm.FtmJsonFormat;
import org.tradescreen.lists.history.ListDiff;
import org.tradescreen.lists.snapshot.ContentHash;
import org.tradescreen.lists.snapshot.EncodedEntity;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.lists.snapshot.SnapshotVersion;
import org.tradescreen.testing.TestStores;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

/**
 * Streamed loads (FtM), on H2 and on PostgreSQL: the same version as the whole-file path would store, written in
 * chunks of {@link ListLoader#CHUNK}, and nothing visible or left behind when a load fails after chunks were written.
 */
class StreamedLoadTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);
    /** More entities than one chunk, so that a failure near the end comes after a commit. */
    private static final int MANY = ListLoader.CHUNK + 2_000;

    @TempDir
    Path dir;

    private SnapshotStore store;
    private ListLoader loader;

    private void open(String backend) throws Exception {
        store = new SnapshotStore(TestStores.fresh(backend), CLOCK);
        loader = new ListLoader(store, CLOCK);
    }

    private LoadResult load(Path file, String source, LocalDate published, boolean lenient) throws Exception {
        return loader.load(new LoadRequest(List.of(file), "ftm-json", source, published, false, lenient));
    }

    private static String person(int i, String name) {
        return "{\"id\":\"p" + i + "\",\"schema\":\"Person\",\"properties\":{\"name\":[\"" + name + "\"]}}\n";
    }

    /** {@code count} people p0…, with {@code extra} lines after them. */
    private Path people(String file, int count, String extra) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(person(i, "Person Number " + i));
        }
        return Files.writeString(dir.resolve(file), sb.append(extra));
    }

    @NeedsSharedData
    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void ftmFiles_streamed_storeTheVersionTheWholeFileGives(String backend) throws Exception {
        open(backend);
        Path linked = Files.writeString(dir.resolve("linked.ftm.json"), """
                {"id":"v1","schema":"Vessel","properties":{"name":["SEA STAR"],"addressEntity":["a1"]}}
                {"id":"a1","schema":"Address","properties":{"full":["Panama City, Panama"],"country":["pa"]}}
                {"id":"s1","schema":"Sanction","properties":{"entity":["v1"],"startDate":["2020-05-01"]}}
                {"id":"i1","schema":"Passport","properties":{"holder":["p1"],"number":["X123"],"country":["us"]}}
                {"id":"p1","caption":"Jane Roe","schema":"Person","properties":{"name":["Jane Roe"]}}
                """);
        List<Path> files = List.of(SharedData.lists("ftm/t1_entities.ftm.json"),
                SharedData.lists("ftm/zala_entities.ftm.json"), SharedData.lists("ftm/parteispenden_entities.ftm.json"),
                linked);
        int n = 0;
        for (Path file : files) {
            String source = "ftm-" + n++;
            ParsedList whole = new FtmJsonFormat().parse(file, new ParseOptions(source, false));
            List<EncodedEntity> encoded = whole.entities().stream().map(EncodedEntity::of).toList();

            LoadResult r = load(file, source, DAY, false);

            SnapshotVersion v = store.version(source, 1).orElseThrow();
            assertThat(v.contentHash()).as(file.toString()).isEqualTo(ContentHash.of(encoded));
            assertThat(store.entities(v.id())).containsExactlyInAnyOrderElementsOf(whole.entities());
            assertThat(r.entities()).isEqualTo(whole.entities().size());
            assertThat(r.added()).isEqualTo(whole.entities().size());
            assertThat(r.problems()).isEqualTo(whole.problems());
            assertThat(store.rawFiles(v.id()).get(file.getFileName().toString())).isEqualTo(Files.readAllBytes(file));
        }
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void failureAfterAChunkWasWritten_leavesNoVersionAndNoRows_andTheNextLoadSucceeds(String backend) throws Exception {
        open(backend);
        LoadResult good = load(people("good.ftm.json", 3, ""), "test", DAY, false);
        Path broken = people("broken.ftm.json", MANY, "{\"id\":\"nameless\",\"schema\":\"Person\",\"properties\":{}}\n"
                + person(MANY, "Last One"));

        assertThatThrownBy(() -> load(broken, "test", DAY.plusDays(1), false))
                .isInstanceOfSatisfying(ListFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(MANY + 1);
                    assertThat(e.getMessage()).contains("neither a caption nor a name");
                });

        assertThat(store.versions("test")).extracting(SnapshotVersion::version).containsExactly(good.version());
        assertThat(store.database().query("rows", "SELECT COUNT(*) FROM snapshot_entity", ps -> { }, rs -> rs.getInt(1)))
                .containsExactly(3);
        LoadResult lenient = load(broken, "test", DAY.plusDays(1), true);
        assertThat(lenient.version()).isEqualTo(2);
        assertThat(lenient.entities()).isEqualTo(MANY + 1);
        assertThat(lenient.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(MANY + 1));
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void repeatedIdChunksApart_failsNamingTheFirstLine_orKeepsTheFirstLeniently(String backend) throws Exception {
        open(backend);
        Path file = people("repeat.ftm.json", MANY, person(0, "Someone Else"));

        assertThatThrownBy(() -> load(file, "test", DAY, false))
                .isInstanceOfSatisfying(ListFormatException.class, e -> {
                    assertThat(e.field()).isEqualTo("id");
                    assertThat(e.line()).isEqualTo(MANY + 1);
                    assertThat(e.getMessage()).contains("repeats the id of line 1");
                });
        assertThat(store.versions("test")).isEmpty();

        LoadResult lenient = load(file, "test", DAY, true);
        assertThat(lenient.entities()).isEqualTo(MANY);
        assertThat(lenient.problems()).hasSize(1);
        assertThat(store.findByName("Person Number 0")).hasSize(1);
        assertThat(store.findByName("Someone Else")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void identicalReload_makesNoVersionAndLeavesNoRows_andAChangeCountsAsBetweenSays(String backend) throws Exception {
        open(backend);
        load(people("a.ftm.json", MANY, ""), "test", DAY, false);

        LoadResult again = load(people("b.ftm.json", MANY, ""), "test", DAY.plusDays(1), false);
        assertThat(again.newVersion()).isFalse();
        assertThat(store.database().query("rows", "SELECT COUNT(*) FROM snapshot_entity", ps -> { }, rs -> rs.getInt(1)))
                .containsExactly(MANY);

        // p0 renamed, p1 gone, one new
        String changed = Files.readString(dir.resolve("a.ftm.json"))
                .replace(person(0, "Person Number 0"), person(0, "Renamed")).replace(person(1, "Person Number 1"), "")
                + person(MANY, "New One");
        LoadResult v2 = load(Files.writeString(dir.resolve("c.ftm.json"), changed), "test", DAY.plusDays(2), false);
        assertThat(List.of(v2.added(), v2.removed(), v2.changed())).containsExactly(1, 1, 1);
        ListDiff diff = ListDiff.between(store, store.version("test", 1).orElseThrow(), store.version("test", 2).orElseThrow());
        assertThat(diff.added()).containsExactly(new ListDiff.Entry("p" + MANY, "New One"));
        assertThat(diff.removed()).containsExactly(new ListDiff.Entry("p1", "Person Number 1"));
        assertThat(diff.changed()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("Renamed"));
    }
}
