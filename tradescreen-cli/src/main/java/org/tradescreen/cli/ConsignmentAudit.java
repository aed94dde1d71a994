package org.tradescreen.cli;

import java.util.ArrayList;
import java.util.List;
import org.tradescreen.audit.AuditFacts;
import org.tradescreen.audit.AuditLog;
import org.tradescreen.consign.screen.ConsignmentAlerts;
import org.tradescreen.consign.screen.ConsignmentJson;
import org.tradescreen.consign.screen.ConsignmentResult;
import org.tradescreen.review.Alerts;

/**
 * Records every consignment decision of a run in the audit log ({@link ConsignmentJson#auditPayload}) and raises
 * the alerts of its REVIEWs and HOLDs ({@link ConsignmentAlerts}), a thousand decisions at a time, each thousand
 * in one transaction.
 */
final class ConsignmentAudit {

    private static final int BATCH = 1000;

    private final AuditLog log;
    private final Alerts alerts;
    private final String actor = AuditFacts.cliActor();
    private final List<AuditLog.Act> pending = new ArrayList<>();
    private final List<Alerts.Raise> raises = new ArrayList<>();

    ConsignmentAudit(AuditLog log, Alerts alerts) {
        this.log = log;
        this.alerts = alerts;
    }

    /** Called from the batch's one writer thread, in the manifest's order. */
    void add(ConsignmentResult r) {
        pending.add(new AuditLog.Act("consignment", actor, ConsignmentJson.auditPayload(r)));
        raises.addAll(ConsignmentAlerts.of(r));
        if (pending.size() == BATCH) {
            flush();
        }
    }

    void flush() {
        if (!pending.isEmpty()) {
            log.appendAll(List.copyOf(pending));
            pending.clear();
        }
        alerts.raise(raises);
        raises.clear();
    }
}
