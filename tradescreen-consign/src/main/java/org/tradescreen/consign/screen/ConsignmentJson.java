package org.tradescreen.consign.screen;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.tradescreen.audit.AuditFacts;
import org.tradescreen.consign.policy.Decision;

/**
 * Consignment results as JSON: snake_case, ISO dates, absent values left out but empty lists kept, so that
 * {@code "reasons": []} says plainly that no rule fired.
 */
public final class ConsignmentJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    private ConsignmentJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One result as one line of JSON. */
    public static String line(ConsignmentResult r) {
        try {
            return MAPPER.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a result of " + r.consignmentId() + " cannot be written as JSON", e);
        }
    }

    /**
     * What the audit log keeps of a decision: its id, date, decision, the rules that fired, the policy and list
     * versions, and the hash of the full result; for a REVIEW, HOLD or unreadable record, which someone will act
     * on, the result itself.
     */
    public static ObjectNode auditPayload(ConsignmentResult r) {
        String line = line(r);
        ObjectNode p = MAPPER.createObjectNode()
                .put("consignment_id", r.consignmentId())
                .put("as_of", String.valueOf(r.asOf()))
                .put("decision", r.decision() == null ? null : r.decision().name())
                .put("result_sha256", AuditFacts.sha256(line));
        if (r.reasons() != null) {
            r.reasons().stream().map(Reason::rule).distinct().forEach(p.putArray("rules")::add);
        }
        if (r.policy() != null) {
            p.putObject("policy").put("id", r.policy().id()).put("version", r.policy().version())
                    .put("sha256", r.policy().sha256());
        }
        if (r.lists() != null) {
            p.set("lists", MAPPER.valueToTree(r.lists()));
        }
        if (r.decision() == Decision.REVIEW || r.decision() == Decision.HOLD || r.error() != null) {
            p.set("result", MAPPER.valueToTree(r));
        }
        return p;
    }
}
