package org.tradescreen.review;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One possible match waiting for a person: the subject screened, the list entry it resembled and how much, where
 * it came from ({@code batch}, {@code consignment}, {@code screen}, {@code monitoring}), and the review so far.
 * {@code version} is what a change must name, so that two people acting at once cannot overwrite each other.
 */
public record Alert(long id, String subjectKey, JsonNode subject, String counterpartyId, String entityId,
                    String entityName, String listVersion, double score, String origin, String reason,
                    AlertStatus status, Disposition disposition, ReasonCode reasonCode, String note, String proposedBy,
                    String decidedBy, String createdAt, String updatedAt, int version) {
}
