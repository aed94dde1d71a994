package org.tradescreen.consign.screen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.tradescreen.consign.policy.Policy;
import org.tradescreen.consign.policy.PolicyLoader;
import org.tradescreen.goods.describe.GoodsScreener;
import org.tradescreen.lists.load.ListLoader;
import org.tradescreen.lists.load.LoadRequest;
import org.tradescreen.lists.sample.BundledSample;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.match.ListsAsOf;
import org.tradescreen.match.normalize.NameAnalyzer;

/**
 * A store holding the bundled sample and the example in-house watch list ({@code examples/internal-watch.csv}),
 * and a screener of consignments over it with the default policy: the environment of the example manifest.
 */
final class ConsignmentFixture implements AutoCloseable {

    /** The repository's {@code examples} folder, which the build names. */
    static final Path EXAMPLES = Path.of(System.getProperty("tradescreen.examples"));

    final Path dir;
    final Database database;
    final SnapshotStore store;
    final ListsAsOf lists;
    final ConsignmentScreener screener;

    ConsignmentFixture(Policy policy) {
        try {
            dir = Files.createTempDirectory("tradescreen-consign-test");
            database = Database.open(Database.embeddedUrl(dir));
            store = new SnapshotStore(database, Clock.systemUTC());
            ListLoader loader = new ListLoader(store, Clock.systemUTC());
            BundledSample.loadInto(loader);
            loader.load(new LoadRequest(List.of(EXAMPLES.resolve("internal-watch.csv")), "custom-csv", "internal-watch",
                    LocalDate.of(2023, 6, 23), false, false));
            lists = new ListsAsOf(store, NameAnalyzer.standard());
            screener = new ConsignmentScreener(lists, GoodsScreener.bundled(), policy, Clock.systemUTC());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ConsignmentFixture() {
        this(PolicyLoader.bundled());
    }

    @Override
    public void close() {
        database.close();
    }
}
