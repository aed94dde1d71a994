package org.tradescreen.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.match.score.Tuning;
import org.tradescreen.model.Entity;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

/** A query that names only part of a listed name, on the SDN list of 2024-05-03 (eight ROTENBERGs). */
@NeedsSharedData
class PartialNamesTest {

    private static Screener sdn;

    @BeforeAll
    static void index() throws IOException {
        List<Entity> entities = ListFormats.byName("ofac-csv")
                .parse(SharedData.lists("ofac-sdn-series").resolve("sdn_2024-05-03.csv"),
                        new ParseOptions("us-ofac-sdn", true)).entities();
        sdn = new Screener(ScreeningIndex.build(entities, NameAnalyzer.standard()));
    }

    @Test
    void aSurnameAloneFindsEveryoneWhoBearsItMarkedPartialAndNotAsHits() {
        List<Hit> partial = sdn.partial(Query.name("Rotenberg"), 0.8, 25);

        assertThat(partial).extracting(Hit::name).hasSize(8).allMatch(n -> n.startsWith("ROTENBERG, "));
        assertThat(partial).allMatch(Hit::partial).allMatch(h -> h.score() == 1.0);
        assertThat(sdn.screen(Query.name("Rotenberg"), Tuning.DEFAULT_THRESHOLD, 25)).isEmpty();
    }

    @Test
    void aTypoInTheWordStillFindsThemRankedBelowTheExactWord() {
        List<Hit> partial = sdn.partial(Query.name("Rotenburg"), 0.8, 25);

        assertThat(partial).extracting(Hit::name).hasSize(8).allMatch(n -> n.startsWith("ROTENBERG, "));
        assertThat(partial).allMatch(h -> h.score() < 1.0 && h.score() >= 0.8);
    }

    @Test
    void twoWordsMustBothBeFoundAndAWholeMatchIsNotRepeatedAsPartial() {
        assertThat(sdn.partial(Query.name("Rotenberg Arkady"), 0.8, 25)).extracting(Hit::name)
                .doesNotContain("ROTENBERG, Arkady Romanovich");
        assertThat(sdn.screen(Query.name("Rotenberg Arkady"), Tuning.DEFAULT_THRESHOLD, 25)).extracting(Hit::name)
                .contains("ROTENBERG, Arkady Romanovich");
        assertThat(sdn.partial(Query.name("Rotenberg Zzyzx"), 0.8, 25)).isEmpty();
    }
}
