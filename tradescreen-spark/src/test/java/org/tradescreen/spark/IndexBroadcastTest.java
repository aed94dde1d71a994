package org.tradescreen.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.match.Query;
import org.tradescreen.match.Screener;
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.model.Entity;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

/** What Spark ships to an executor, serialised as Spark serialises it, screens there as the driver's index does. */
@NeedsSharedData
class IndexBroadcastTest {

    @Test
    void shippedAndReadOnAnotherMachine_screensAsTheDriver() throws Exception {
        List<Entity> un = ListFormats.byName("un-xml").parse(SharedData.lists("un/UN_consolidated_2026-02-27.xml"), new ParseOptions("un-sc", true)).entities();
        Screener driver = new Screener(ScreeningIndex.build(un, NameAnalyzer.standard()));
        IndexBroadcast sent = IndexBroadcast.of(driver.index());

        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(wire)) {
            out.writeObject(sent);
        }
        IndexBroadcast received;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(wire.toByteArray()))) {
            received = (IndexBroadcast) in.readObject();
        }
        Screener executor = received.screener();

        assertThat(received.key()).isEqualTo(sent.key());
        assertThat(executor).isNotSameAs(driver).isSameAs(received.screener());
        assertThat(IndexBroadcast.of(executor.index()).key()).as("read back, it writes the same bytes").isEqualTo(sent.key());
        for (String name : List.of("Kim Jong Un", "Ahmad Shah Massoud", "Аль-Каида", "Hamza bin Laden", "Jane Nobody")) {
            assertThat(executor.screen(Query.name(name), 0.5, 10)).as(name)
                    .isEqualTo(driver.screen(Query.name(name), 0.5, 10));
        }
        assertThat(driver.screen(Query.name("Hamza bin Laden"), 0.75, 10)).as("a listed name is found").isNotEmpty();
    }
}
