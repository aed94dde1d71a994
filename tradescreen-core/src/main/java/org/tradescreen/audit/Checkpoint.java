package org.tradescreen.audit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A signed statement that the audit log's first {@code treeSize} records have this Merkle root: the instance key
 * signs {@code "tradescreen-audit-checkpoint-v1\n" treeSize "\n" root "\n" signedAt "\n" keyId} (UTF-8). Once an
 * examiner holds a checkpoint, no record it covers can change, go or be inserted without the root changing.
 */
public record Checkpoint(long treeSize, String root, String signedAt, String keyId, String signature) {

    public byte[] signedText() {
        return ("tradescreen-audit-checkpoint-v1\n" + treeSize + "\n" + root + "\n" + signedAt + "\n" + keyId)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the signature is this checkpoint's, by the key given as base64 X.509. */
    public boolean signedBy(String publicKeyBase64) {
        try {
            return InstanceKey.verify(publicKeyBase64, signedText(), Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
