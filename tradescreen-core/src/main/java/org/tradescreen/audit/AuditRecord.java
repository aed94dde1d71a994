package org.tradescreen.audit;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * One append-only record of the audit log: its sequence number (1, 2, …, no gaps), what kind of act it records
 * ({@code screen}, {@code batch}, {@code consignment}, {@code alert}, …), when (ISO-8601 UTC, as text so that no
 * database changes it), who, the act itself as JSON ({@code payload}: the inputs' hash, the list versions, the
 * policy version, the hits) and its SHA-256, the hash of the record before it and its own hash. The hash covers
 * every other field (the payload through its SHA-256), so changing any of them, or the order of records, breaks
 * the chain from there on. A record past its retention may be pruned: its payload is gone ({@code null}), its
 * payload hash and place in the chain stay.
 */
public record AuditRecord(long seq, String kind, String at, String actor, @Nullable String payload, String payloadSha256,
                          String prevHash, String hash) {

    /** The previous hash of record 1. */
    public static final String GENESIS = "0".repeat(64);

    /**
     * SHA-256, in hex, of the UTF-8 text {@code "tradescreen-audit-v1\n" seq "\n" kind "\n" at "\n" actor "\n"
     * prevHash "\n" payloadSha256}: what anyone re-computes to check a record (see docs/audit.md).
     */
    public static String hashOf(long seq, String kind, String at, String actor, String prevHash, String payloadSha256) {
        String text = "tradescreen-audit-v1\n" + seq + "\n" + kind + "\n" + at + "\n" + actor + "\n" + prevHash + "\n"
                + payloadSha256;
        return HexFormat.of().formatHex(MerkleTree.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A new record's fields, its payload hash and its own hash computed. */
    static AuditRecord of(long seq, String kind, String at, String actor, String payload, String prevHash) {
        String payloadSha256 = AuditFacts.sha256(payload);
        return new AuditRecord(seq, kind, at, actor, payload, payloadSha256, prevHash,
                hashOf(seq, kind, at, actor, prevHash, payloadSha256));
    }

    public boolean pruned() {
        return payload == null;
    }

    /** Whether the stored hash is the hash of the stored fields, and the payload (unless pruned) is its hash's. */
    public boolean intact() {
        return (pruned() || AuditFacts.sha256(payload).equals(payloadSha256))
                && hash.equals(hashOf(seq, kind, at, actor, prevHash, payloadSha256));
    }

    /** The record's hash as bytes: its leaf in the Merkle tree. */
    public byte[] leaf() {
        return HexFormat.of().parseHex(hash);
    }
}
