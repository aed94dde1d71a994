package org.tradescreen.consign.screen;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.tradescreen.audit.AuditFacts;
import org.tradescreen.audit.AuditLog;
import org.tradescreen.review.Alerts;

/**
 * Records every consignment decision of a run in the audit log ({@link ConsignmentJson#auditPayload}) and raises
 * the alerts of its REVIEWs and HOLDs ({@link ConsignmentAlerts}), a thousand decisions at a time, each thousand
 * in one transaction. The command line and the Spark job's driver record their runs through it.
 */
public final class ConsignmentAudit {

    private static final int BATCH = 1000;

    private final AuditLog log;
    private final Alerts alerts;
    private final String actor = AuditFacts.cliActor();
    private final List<AuditLog.Act> pending = new ArrayList<>();
    private final List<Alerts.Raise> raises = new ArrayList<>();

    public ConsignmentAudit(AuditLog log, Alerts alerts) {
        this.log = log;
        this.alerts = alerts;
    }

    /** Called from the batch's one writer thread, in the manifest's order. */
    public void add(ConsignmentResult r) {
        add(ConsignmentJson.auditPayload(r), ConsignmentAlerts.of(r));
    }

    /** A decision made elsewhere (on a Spark executor), as its audit payload and its alerts. */
    public void add(JsonNode payload, List<Alerts.Raise> alertsOfIt) {
        pending.add(new AuditLog.Act("consignment", actor, payload));
        raises.addAll(alertsOfIt);
        if (pending.size() == BATCH) {
            flush();
        }
    }

    public void flush() {
        if (!pending.isEmpty()) {
            log.appendAll(List.copyOf(pending));
            pending.clear();
        }
        alerts.raise(raises);
        raises.clear();
    }
}
