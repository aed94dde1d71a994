package org.tradescreen.lists.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradescreen.lists.load.ListLoader;
import org.tradescreen.lists.sample.BundledSample;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.testing.TestStores;

/** Entity timelines on the bundled sample: the institute's listing and removal, in any load order. */
class EntityHistoryTest {

    private static final String INSTITUTE = "Ministry of Public Security's Institute of Forensic Science of China";

    private static String instituteId(SnapshotStore store) {
        List<List<String>> found = store.findByName(INSTITUTE);
        assertThat(found).hasSize(1);
        return found.get(0).get(0) + ":" + found.get(0).get(1);
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void sample_instituteIsListedOn20200605AndDelistedAtItsRemoval(String backend) throws Exception {
        SnapshotStore store = new SnapshotStore(TestStores.fresh(backend), Clock.systemUTC());
        BundledSample.loadInto(new ListLoader(store, Clock.systemUTC()));

        EntityHistory h = EntityHistory.of(store, instituteId(store)).orElseThrow();

        assertThat(h.events()).extracting(HistoryEvent::event)
                .containsExactly(HistoryEvent.Kind.LISTED, HistoryEvent.Kind.DELISTED);
        assertThat(h.events()).extracting(HistoryEvent::date)
                .containsExactly(LocalDate.of(2020, 6, 5), LocalDate.of(2023, 11, 17));
        assertThat(h.entity().listedOn()).isEqualTo(LocalDate.of(2020, 6, 5));
        assertThat(h.entity().listing().citation()).contains("85 FR 34495");
        assertThat(h.entity().names()).extracting(n -> n.value()).contains("IFS", "公安部物证鉴定中心");
        assertThat(store.asOf("us-csl", LocalDate.of(2021, 6, 1)).orElseThrow().published())
                .isEqualTo(LocalDate.of(2021, 1, 4));
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void sampleLoadedInReverseOrder_givesTheSameHistoryAndDiffs(String backend) throws Exception {
        SnapshotStore inOrder = new SnapshotStore(TestStores.fresh(backend), Clock.systemUTC());
        BundledSample.loadInto(new ListLoader(inOrder, Clock.systemUTC()));
        SnapshotStore reversed = new SnapshotStore(TestStores.fresh(backend), Clock.systemUTC());
        ListLoader loader = new ListLoader(reversed, Clock.systemUTC());
        List<BundledSample.Item> items = new ArrayList<>(BundledSample.manifest());
        Collections.reverse(items);
        for (BundledSample.Item item : items) {
            loadOne(loader, item);
        }

        assertThat(EntityHistory.of(reversed, instituteId(reversed)).orElseThrow().events())
                .extracting(HistoryEvent::event, HistoryEvent::date)
                .containsExactlyElementsOf(EntityHistory.of(inOrder, instituteId(inOrder)).orElseThrow().events()
                        .stream().map(e -> org.assertj.core.groups.Tuple.tuple(e.event(), e.date())).toList());
        assertThat(reversed.versions("us-csl")).extracting(v -> v.published())
                .containsExactlyElementsOf(inOrder.versions("us-csl").stream().map(v -> v.published()).toList());
    }

    private static void loadOne(ListLoader loader, BundledSample.Item item) throws Exception {
        java.nio.file.Path tmp = java.nio.file.Files.createTempDirectory("sample-item").resolve(item.file());
        try (var in = BundledSample.class.getResourceAsStream("/org/tradescreen/lists/sample/" + item.file())) {
            java.nio.file.Files.copy(in, tmp);
        }
        loader.load(new org.tradescreen.lists.load.LoadRequest(List.of(tmp), item.format(), item.source(),
                item.published(), false, false));
    }
}
