package org.tradescreen.match.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradescreen.match.Query;
import org.tradescreen.match.Screener;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Identifier;
import org.tradescreen.model.Listing;
import org.tradescreen.model.Name;

/** An index file built from a few entities: what it holds, and how it refuses a file it cannot trust. */
class ScreeningIndexFileTest {

    private static final NameAnalyzer ANALYZER = NameAnalyzer.standard();

    private static final List<Entity> ENTITIES = List.of(
            Entity.builder("us-bis-el", "ifs").type(EntityType.ORGANIZATION)
                    .name(Name.primary("Institute of Forensic Science of China"))
                    .name(Name.alias("IFSC", false)).build(),
            Entity.builder("un-sc", "QDi.001").type(EntityType.PERSON)
                    .name(Name.primary("Ahmad Shah Massoud")).name(Name.alias("Massud", true))
                    .identifier(new Identifier("Passport", "X1234567", "AF", null)).build(),
            Entity.builder("un-sc", "empty").type(EntityType.PERSON).name(Name.primary("&&")).build());

    @Test
    void entities_sourcesTypesAndNames_readBackFromTheFile(@TempDir Path dir) throws Exception {
        ScreeningIndex index = build(dir.resolve("a.tsix"), "stamp-1");

        assertThat(index.entityCount()).isEqualTo(3);
        assertThat(index.size()).as("a name of no words is not indexed; IFSC and the weak alias are").isEqualTo(4);
        for (int e = 0; e < 3; e++) {
            assertThat(index.entity(e)).isEqualTo(ENTITIES.get(e));
            assertThat(index.source(e)).isEqualTo(ENTITIES.get(e).source());
            assertThat(index.type(e)).isEqualTo(ENTITIES.get(e).type());
        }
        assertThat(index.weak(3)).isTrue();
        assertThat(index.name(0).name().original()).isEqualTo("Institute of Forensic Science of China");
        assertThat(index.byIdentifier(new Identifier("Passport", "X1234567", "AF", null).canonicalValue())).containsExactly(2);
        assertThat(index.isAcronym("ifsc")).isTrue();
        assertThat(new Screener(index).screen(Query.name("Institute of Forensic Sciences, China"), 0.75, 5))
                .extracting(h -> h.sourceId()).containsExactly("ifs");
        assertThat(ScreeningIndex.open(dir.resolve("a.tsix"), ANALYZER, "stamp-1").stamp()).isEqualTo("stamp-1");
    }

    @Test
    void anEmptyIndex_findsNothing(@TempDir Path dir) throws Exception {
        ScreeningIndex index;
        try (IndexBuilder builder = new IndexBuilder(ANALYZER, dir)) {
            index = builder.finish(dir.resolve("empty.tsix"), "", null);
        }

        assertThat(index.size()).isZero();
        assertThat(new Screener(index).screen(Query.name("Anyone"), 0.1, 5)).isEmpty();
    }

    @Test
    void aFileOfOtherVersions_aCutFile_andAnotherFile_areRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.tsix");
        build(file, "stamp-1");
        Path cut = dir.resolve("cut.tsix");
        Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(file), (int) Files.size(file) / 2));
        Path other = dir.resolve("other.tsix");
        Files.writeString(other, "not an index at all, but long enough to have a header and a trailer");

        assertThatThrownBy(() -> ScreeningIndex.open(file, ANALYZER, "stamp-2"))
                .isInstanceOf(IndexDamagedException.class).hasMessageContaining("other list versions");
        assertThatThrownBy(() -> ScreeningIndex.open(cut, ANALYZER, "stamp-1")).isInstanceOf(IndexDamagedException.class);
        assertThatThrownBy(() -> ScreeningIndex.open(other, ANALYZER, null))
                .isInstanceOf(IndexDamagedException.class).hasMessageContaining("not a tradescreen index file");
    }

    @Test
    void theListsEntitiesAreListedIn_eachOnce_inTheOrderMet(@TempDir Path dir) throws Exception {
        Listing entityList = new Listing("EL", "Entity List", null, null, null, null, null);
        List<Entity> listed = List.of(
                Entity.builder("us-csl", "a").name(Name.primary("Alpha Trading")).listing(entityList).build(),
                Entity.builder("us-csl", "b").name(Name.primary("Beta Trading"))
                        .listing(new Listing("SDN", null, null, null, null, null, null)).build(),
                Entity.builder("us-csl", "c").name(Name.primary("Gamma Trading")).listing(entityList).build(),
                Entity.builder("un-sc", "d").name(Name.primary("Delta Trading")).build());

        ScreeningIndex index = ScreeningIndex.build(dir.resolve("l.tsix"), "", ANALYZER, sink -> sink.add(listed, null));

        assertThat(index.listedIn()).containsExactly(new ListedIn("us-csl", "EL", "Entity List"),
                new ListedIn("us-csl", "SDN", null), new ListedIn("un-sc", null, null));
        assertThat(ScreeningIndex.open(dir.resolve("l.tsix"), ANALYZER, "").listedIn()).isEqualTo(index.listedIn());
    }

    @Test
    void aFileOfAnEarlierFormat_isRefusedByItsFormat(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.tsix");
        build(file, "stamp-1");
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(4, IndexFileWriter.FORMAT - 1);
        Files.write(file, bytes);

        assertThatThrownBy(() -> ScreeningIndex.open(file, ANALYZER, "stamp-1"))
                .isInstanceOf(IndexDamagedException.class).hasMessageContaining("format " + (IndexFileWriter.FORMAT - 1));
    }

    private static ScreeningIndex build(Path file, String stamp) throws Exception {
        return ScreeningIndex.build(file, stamp, ANALYZER, sink -> sink.add(ENTITIES, null));
    }
}
