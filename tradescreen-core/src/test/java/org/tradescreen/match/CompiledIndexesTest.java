package org.tradescreen.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.lists.snapshot.SnapshotVersion;
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.model.Entity;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

/** A kept index is read instead of compiled, screens as the compiled one, and is never trusted when damaged. */
@NeedsSharedData
class CompiledIndexesTest {

    private static final NameAnalyzer ANALYZER = NameAnalyzer.standard();
    private static List<Entity> un;

    @TempDir
    Path dir;

    @BeforeAll
    static void parse() throws Exception {
        un = ListFormats.byName("un-xml").parse(SharedData.lists("un/UN_consolidated_2016-03-25.xml"),
                new ParseOptions("un-sc", true)).entities();
    }

    @Test
    void theSecondStart_readsTheKeptIndex_andScreensTheSame() {
        CompiledIndexes kept = CompiledIndexes.in(dir);
        AtomicInteger compiles = new AtomicInteger();
        List<SnapshotVersion> versions = List.of(version(1, "aa"));

        ScreeningIndex first = kept.get(versions, ANALYZER, counting(compiles));
        ScreeningIndex second = kept.get(versions, ANALYZER, counting(compiles));

        assertThat(compiles).hasValue(1);
        assertThat(second).isNotSameAs(first);
        for (String name : List.of("Mohammed Omar", "Al-Qaida", "Taliban", "Jane Nobody")) {
            assertThat(new Screener(second).screen(Query.name(name), 0.6, 10)).as(name)
                    .isEqualTo(new Screener(first).screen(Query.name(name), 0.6, 10));
        }
    }

    @Test
    void aDamagedFile_isCompiledAgainAndReplaced() throws IOException {
        CompiledIndexes kept = CompiledIndexes.in(dir);
        AtomicInteger compiles = new AtomicInteger();
        List<SnapshotVersion> versions = List.of(version(1, "aa"));
        kept.get(versions, ANALYZER, counting(compiles));
        Path file = dir.resolve(CompiledIndexes.name(versions));
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 3] ^= 0x01;
        Files.write(file, bytes);

        kept.get(versions, ANALYZER, counting(compiles));
        kept.get(versions, ANALYZER, counting(compiles));

        assertThat(compiles).as("compiled again once, then read").hasValue(2);
    }

    @Test
    void otherContentUnderTheSameVersionIds_isAnotherFile_andOnlyTheNewestFewAreKept() throws IOException {
        CompiledIndexes kept = CompiledIndexes.in(dir);
        AtomicInteger compiles = new AtomicInteger();

        kept.get(List.of(version(1, "aa")), ANALYZER, counting(compiles));
        kept.get(List.of(version(1, "bb")), ANALYZER, counting(compiles));
        assertThat(compiles).as("another store's version 1 does not find this one's index").hasValue(2);

        for (int i = 0; i < CompiledIndexes.KEPT + 3; i++) {
            kept.get(List.of(version(10 + i, "cc")), ANALYZER, sink -> sink.add(un.subList(0, 5), null));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".tsix")).count()).isEqualTo(CompiledIndexes.KEPT);
        }
    }

    @Test
    void aFileOfOtherVersionsUnderThisName_isStale_andCompiledAgain() throws IOException {
        CompiledIndexes kept = CompiledIndexes.in(dir);
        AtomicInteger compiles = new AtomicInteger();
        List<SnapshotVersion> old = List.of(version(1, "aa"));
        List<SnapshotVersion> current = List.of(version(2, "bb"));
        kept.get(old, ANALYZER, counting(compiles));
        Files.copy(dir.resolve(CompiledIndexes.name(old)), dir.resolve(CompiledIndexes.name(current)));

        ScreeningIndex index = kept.get(current, ANALYZER, counting(compiles));

        assertThat(compiles).as("the stamp says the file holds other versions").hasValue(2);
        assertThat(index.stamp()).isEqualTo(CompiledIndexes.stamp(current));
    }

    @Test
    void withNoDirectory_everyIndexIsCompiled_andLeavesNoFile() {
        AtomicInteger compiles = new AtomicInteger();

        ScreeningIndex index = CompiledIndexes.none().get(List.of(version(1, "aa")), ANALYZER, counting(compiles));

        assertThat(compiles).hasValue(1);
        assertThat(new Screener(index).screen(Query.name("Taliban"), 0.6, 10)).isNotEmpty();
    }

    @Test
    void aDirectoryThatCannotTakeTheFile_stillScreens_fromATemporaryIndex() throws IOException {
        // a full disk or a read-only data directory: here, a place under a plain file, where no directory can be made
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        AtomicInteger compiles = new AtomicInteger();

        ScreeningIndex index = CompiledIndexes.in(notADirectory.resolve("index"))
                .get(List.of(version(1, "aa")), ANALYZER, counting(compiles));

        assertThat(new Screener(index).screen(Query.name("Taliban"), 0.6, 10)).isNotEmpty();
    }

    /** The UN list, as one batch; counting how often the entities are asked for, that is compiled. */
    private static ScreeningIndex.Batches counting(AtomicInteger compiles) {
        return sink -> {
            compiles.incrementAndGet();
            sink.add(un, null);
        };
    }

    private static SnapshotVersion version(long id, String contentHash) {
        return new SnapshotVersion(id, "un-sc", (int) id, LocalDate.of(2016, 3, 25), "un-xml", contentHash, un.size(),
                Instant.parse("2026-12-07T00:00:00Z"));
    }
}
