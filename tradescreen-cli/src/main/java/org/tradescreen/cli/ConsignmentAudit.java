package org.tradescreen.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.tradescreen.audit.AuditFacts;
import org.tradescreen.audit.AuditLog;
import org.tradescreen.consign.policy.Decision;
import org.tradescreen.consign.screen.ConsignmentJson;
import org.tradescreen.consign.screen.ConsignmentResult;
import org.tradescreen.consign.screen.Reason;

/**
 * Records every consignment decision in the audit log: its id, date, decision, the rules that fired, the policy and
 * list versions, and the hash of the full result; a REVIEW or HOLD, which someone will act on, with the result
 * itself. Appended a thousand at a time, each thousand in one transaction.
 */
final class ConsignmentAudit {

    private static final int BATCH = 1000;
    private static final ObjectMapper JSON = ConsignmentJson.mapper();

    private final AuditLog log;
    private final String actor = AuditFacts.cliActor();
    private final List<AuditLog.Act> pending = new ArrayList<>();

    ConsignmentAudit(AuditLog log) {
        this.log = log;
    }

    /** Called from the batch's one writer thread, in the manifest's order. */
    void add(ConsignmentResult r) {
        String line = ConsignmentJson.line(r);
        ObjectNode p = JSON.createObjectNode()
                .put("consignment_id", r.consignmentId())
                .put("as_of", String.valueOf(r.asOf()))
                .put("decision", r.decision() == null ? null : r.decision().name())
                .put("result_sha256", AuditFacts.sha256(line));
        if (r.reasons() != null) {
            r.reasons().stream().map(Reason::rule).distinct().forEach(p.putArray("rules")::add);
        }
        if (r.lists() != null) {
            p.set("lists", JSON.valueToTree(r.lists()));
        }
        if (r.policy() != null) {
            p.putObject("policy").put("id", r.policy().id()).put("version", r.policy().version())
                    .put("sha256", r.policy().sha256());
        }
        if (r.decision() == Decision.REVIEW || r.decision() == Decision.HOLD || r.error() != null) {
            try {
                p.set("result", JSON.readTree(line));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a consignment result is not JSON", e);
            }
        }
        pending.add(new AuditLog.Act("consignment", p));
        if (pending.size() == BATCH) {
            flush();
        }
    }

    void flush() {
        if (!pending.isEmpty()) {
            log.appendAll(actor, List.copyOf(pending));
            pending.clear();
        }
    }
}
