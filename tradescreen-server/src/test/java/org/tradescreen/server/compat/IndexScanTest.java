package org.tradescreen.server.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Name;

class IndexScanTest {

    private static final String[] NAMES = {"Delta Trading", "Alpha Metals", "Echo Shipping", "Bravo Foods",
        "Charlie Systems", "Alpha Metals", "Foxtrot Energy"};

    private final ScreeningIndex index;

    IndexScanTest() {
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            entities.add(Entity.builder(i % 2 == 0 ? "even" : "odd", "e" + i).type(EntityType.ORGANIZATION)
                    .name(Name.primary(NAMES[i])).build());
        }
        index = ScreeningIndex.build(entities, NameAnalyzer.standard());
    }

    @Test
    void thePageIsTheOneASortedListWouldGive_andEveryPassingEntityIsCounted() {
        List<Entity> counted = new ArrayList<>();
        IndexScan.Result r = IndexScan.select(index, e -> true, counted::add,
                Comparator.comparing(Entity::primaryName), 1, 3);

        assertThat(r.total()).isEqualTo(NAMES.length);
        assertThat(counted).hasSize(NAMES.length);
        assertThat(r.page()).extracting(Entity::primaryName).containsExactly("Alpha Metals", "Bravo Foods",
                "Charlie Systems");
    }

    @Test
    void equalNamesKeepTheirOrderInTheIndex_andAPagePastTheEndIsEmpty() {
        IndexScan.Result first = IndexScan.select(index, e -> true, e -> { }, Comparator.comparing(Entity::primaryName),
                0, 2);
        IndexScan.Result past = IndexScan.select(index, e -> true, e -> { }, Comparator.comparing(Entity::primaryName),
                50, 10);

        assertThat(first.page()).extracting(Entity::sourceId).containsExactly("e1", "e5");
        assertThat(past.total()).isEqualTo(NAMES.length);
        assertThat(past.page()).isEmpty();
    }

    @Test
    void onlyEntitiesThatPassAreCountedAndPaged() {
        IndexScan.Result r = IndexScan.select(index, e -> e.source().equals("odd"), e -> { },
                Comparator.comparing(Entity::primaryName), 0, 10);

        assertThat(r.total()).isEqualTo(3);
        assertThat(r.page()).extracting(Entity::sourceId).containsExactly("e1", "e5", "e3");
    }
}
