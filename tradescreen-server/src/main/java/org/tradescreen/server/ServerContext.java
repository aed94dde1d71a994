package org.tradescreen.server;

import java.util.List;
import java.util.function.Supplier;
import org.tradescreen.goods.describe.GoodsScreener;
import org.tradescreen.lists.load.ListLoader;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.lists.update.Feed;
import org.tradescreen.match.ListsAsOf;

/** What the server works on: the store and its loader, the as-of screeners, the feeds, and the goods screener. */
public record ServerContext(SnapshotStore store, ListLoader loader, ListsAsOf listsAsOf, Supplier<List<Feed>> feeds,
                            GoodsScreener goods) {
}
