package org.tradescreen.audit;

/**
 * What {@code audit verify} found: how many records and checkpoints were checked, and, when the log is not
 * intact, the sequence number of the first record that was changed, removed or inserted, and why.
 */
public record Verification(long records, long checkpoints, Long firstBad, String problem) {

    public boolean intact() {
        return firstBad == null;
    }

    static Verification bad(long records, long checkpoints, long seq, String problem) {
        return new Verification(records, checkpoints, seq, problem);
    }
}
