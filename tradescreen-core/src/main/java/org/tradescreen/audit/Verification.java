package org.tradescreen.audit;

import org.jspecify.annotations.Nullable;

/**
 * What {@code audit verify} found: how many records and checkpoints were checked (and how many records were pruned:
 * checked by their place in the chain and the tree, their payload gone), and, when the log is not
 * intact, the sequence number of the first record that was changed, removed or inserted, and why.
 */
public record Verification(long records, long checkpoints, long pruned, @Nullable Long firstBad, @Nullable String problem) {

    /** As {@code audit verify --json} and {@code GET /api/v1/audit/verify} show it. */
    public java.util.Map<String, Object> json() {
        java.util.Map<String, Object> doc = new java.util.LinkedHashMap<>();
        doc.put("intact", intact());
        doc.put("records", records);
        doc.put("checkpoints", checkpoints);
        doc.put("pruned", pruned);
        doc.put("first_bad_record", firstBad);
        doc.put("problem", problem);
        return doc;
    }

    public boolean intact() {
        return firstBad == null;
    }

    static Verification bad(long records, long checkpoints, long seq, String problem) {
        return new Verification(records, checkpoints, 0, seq, problem);
    }
}
