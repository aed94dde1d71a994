package org.tradescreen.audit;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * One append-only record of the audit log: its sequence number (1, 2, …, no gaps), what kind of act it records
 * ({@code screen}, {@code batch}, {@code consignment}, …), when (ISO-8601 UTC, as text so that no database
 * changes it), who, the act itself as JSON ({@code payload}: the inputs' hash, the list versions, the policy
 * version, the hits), the hash of the record before it and its own hash. The hash covers every other field, so
 * changing any of them, or the order of records, breaks the chain from there on.
 */
public record AuditRecord(long seq, String kind, String at, String actor, String payload, String prevHash,
                          String hash) {

    /** The previous hash of record 1. */
    public static final String GENESIS = "0".repeat(64);

    /**
     * SHA-256, in hex, of the UTF-8 text {@code "tradescreen-audit-v1\n" seq "\n" kind "\n" at "\n" actor "\n"
     * prevHash "\n" payload}: what anyone re-computes to check a record (see docs/audit.md).
     */
    public static String hashOf(long seq, String kind, String at, String actor, String prevHash, String payload) {
        String text = "tradescreen-audit-v1\n" + seq + "\n" + kind + "\n" + at + "\n" + actor + "\n" + prevHash + "\n"
                + payload;
        return HexFormat.of().formatHex(MerkleTree.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether the stored hash is the hash of the stored fields. */
    public boolean intact() {
        return hash.equals(hashOf(seq, kind, at, actor, prevHash, payload));
    }

    /** The record's hash as bytes: its leaf in the Merkle tree. */
    public byte[] leaf() {
        return HexFormat.of().parseHex(hash);
    }
}
