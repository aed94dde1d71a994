package org.tradescreen.cli;

import java.util.ArrayList;
import java.util.List;
import org.tradescreen.audit.AuditFacts;
import org.tradescreen.audit.AuditLog;
import org.tradescreen.consign.screen.ConsignmentJson;
import org.tradescreen.consign.screen.ConsignmentResult;

/**
 * Records every consignment decision of a run in the audit log ({@link ConsignmentJson#auditPayload}), a thousand
 * at a time, each thousand in one transaction.
 */
final class ConsignmentAudit {

    private static final int BATCH = 1000;

    private final AuditLog log;
    private final String actor = AuditFacts.cliActor();
    private final List<AuditLog.Act> pending = new ArrayList<>();

    ConsignmentAudit(AuditLog log) {
        this.log = log;
    }

    /** Called from the batch's one writer thread, in the manifest's order. */
    void add(ConsignmentResult r) {
        pending.add(new AuditLog.Act("consignment", actor, ConsignmentJson.auditPayload(r)));
        if (pending.size() == BATCH) {
            flush();
        }
    }

    void flush() {
        if (!pending.isEmpty()) {
            log.appendAll(List.copyOf(pending));
            pending.clear();
        }
    }
}
