package org.tradescreen.server.context;

import java.util.List;
import java.util.function.Supplier;
import org.tradescreen.audit.AuditSpool;
import org.tradescreen.audit.AuditWriter;
import org.tradescreen.consign.policy.Policy;
import org.tradescreen.goods.describe.GoodsScreener;
import org.tradescreen.lists.load.ListLoader;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.lists.update.Feed;
import org.tradescreen.match.ListsAsOf;
import org.tradescreen.review.Alerts;
import org.tradescreen.review.Cases;
import org.tradescreen.review.Users;
import org.tradescreen.workspace.Workspace;

/**
 * What the server works on: the store and its loader, the as-of screeners, the feeds, the goods screener, the
 * policy consignments are decided under, the audit log every screening is recorded in, the alerts and users
 * of review, and the monitoring of stored counterparties.
 */
public record ServerContext(SnapshotStore store, ListLoader loader, ListsAsOf listsAsOf, Supplier<List<Feed>> feeds,
                            GoodsScreener goods, Policy consignmentPolicy, AuditWriter audit, Alerts alerts,
                            Users users, Cases cases, org.tradescreen.monitor.Monitor monitor) {

    /**
     * The server's parts on an opened data directory: its store and what works on it, these feeds, the bundled goods
     * catalog, this consignment policy, and an audit writer that spools to the data directory while the database is
     * unreachable. {@code tradescreen serve} and the tests' servers are wired here alike.
     */
    public static ServerContext open(Workspace ws, Supplier<List<Feed>> feeds, Policy consignmentPolicy) {
        return new ServerContext(ws.store(), ws.loader(), ws.listsAsOf(), feeds, GoodsScreener.bundled(),
                consignmentPolicy, new AuditWriter(ws.audit(), new AuditSpool(ws.auditSpool())), ws.alerts(),
                ws.users(), ws.cases(), ws.monitor());
    }
}
