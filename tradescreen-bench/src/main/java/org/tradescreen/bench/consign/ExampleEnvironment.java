package org.tradescreen.bench.consign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.tradescreen.consign.policy.Policy;
import org.tradescreen.consign.screen.ConsignmentScreener;
import org.tradescreen.goods.describe.GoodsScreener;
import org.tradescreen.lists.load.ListLoader;
import org.tradescreen.lists.load.LoadRequest;
import org.tradescreen.lists.sample.BundledSample;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.match.ListsAsOf;
import org.tradescreen.match.normalize.NameAnalyzer;

/**
 * The lists the example manifests are decided against, in a scratch store: the bundled sample and the in-house
 * watch list {@code examples/internal-watch.csv}. The {@code examples} folder is found from the working directory
 * (the repository's root) or the property {@code tradescreen.examples}.
 */
public final class ExampleEnvironment implements AutoCloseable {

    public static final Path EXAMPLES = Path.of(System.getProperty("tradescreen.examples", "examples"));

    private final Path dir;
    private final Database database;
    private final ListsAsOf lists;
    private final GoodsScreener goods = GoodsScreener.bundled();

    public ExampleEnvironment() {
        try {
            dir = Files.createTempDirectory("tradescreen-examples");
            database = Database.open(Database.embeddedUrl(dir));
            SnapshotStore store = new SnapshotStore(database, Clock.systemUTC());
            ListLoader loader = new ListLoader(store, Clock.systemUTC());
            BundledSample.loadInto(loader);
            loader.load(new LoadRequest(List.of(EXAMPLES.resolve("internal-watch.csv")), "custom-csv", "internal-watch",
                    LocalDate.of(2023, 6, 23), false, false));
            lists = new ListsAsOf(store, NameAnalyzer.standard());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ListsAsOf lists() {
        return lists;
    }

    public GoodsScreener goods() {
        return goods;
    }

    /** A screener of consignments over these lists under {@code policy}. */
    public ConsignmentScreener screener(Policy policy) {
        return new ConsignmentScreener(lists, goods, policy, Clock.systemUTC());
    }

    @Override
    public void close() {
        database.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
