package org.tradescreen.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One possible match waiting for a person: the subject screened, the list entry it resembled and how much, where
 * it came from ({@code batch}, {@code consignment}, {@code screen}, {@code monitoring}), and the review so far.
 * {@code entityHash} is the entry's content as screened; {@code allowId} the allow-list entry that suppressed it;
 * {@code explanation} the hit's explanation (aligned words, features) as the screen gave it.
 * {@code version} is what a change must name, so that two people acting at once cannot overwrite each other.
 */
public record Alert(long id, String subjectKey, JsonNode subject, String counterpartyId, String entityId,
                    String entityName, @Nullable String entityHash, String listVersion, double score, String origin, String reason,
                    AlertStatus status, @Nullable Disposition disposition, @Nullable ReasonCode reasonCode, String note, String proposedBy,
                    String decidedBy, String createdAt, String updatedAt, int version, @Nullable Long allowId,
                    @Nullable JsonNode explanation) {

    /** As the CLI and the API show it: the fields the contract pins first, then the review so far. */
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("counterparty_id", counterpartyId);
        m.put("entity_id", entityId);
        m.put("score", score);
        m.put("status", status.code());
        m.put("reason", reason);
        m.put("list_version", listVersion);
        m.put("origin", origin);
        m.put("subject", subject);
        m.put("entity_name", entityName);
        m.put("disposition", disposition == null ? null : disposition.code());
        m.put("reason_code", reasonCode == null ? null : reasonCode.code());
        m.put("note", note);
        m.put("proposed_by", proposedBy);
        m.put("decided_by", decidedBy);
        m.put("created_at", createdAt);
        m.put("updated_at", updatedAt);
        m.put("version", version);
        m.put("entity_hash", entityHash);
        m.put("allow_id", allowId);
        m.put("explanation", explanation);
        return m;
    }
}
