package org.tradescreen.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes records {@code from} to {@code to} of the audit log as JSON lines an examiner can check with nothing but
 * the file and this instance's public key (see docs/audit.md and {@link AuditExportVerifier}): a header line, one
 * line per record with its fields exactly as hashed and its RFC 6962 inclusion proof, and a last line with a
 * checkpoint signed now over the whole log, to which every proof leads.
 */
public final class AuditExport {

    public static final String FORMAT = "tradescreen-audit-export/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditExport() {
    }

    /** Writes the export; returns the number of records written. */
    public static long write(AuditLog log, long from, long to, Writer out) throws IOException {
        Checkpoint cp = log.checkpoint().orElseThrow(() -> new IllegalArgumentException("the audit log is empty"));
        long last = Math.min(to, cp.treeSize());
        if (from < 1 || from > last) {
            throw new IllegalArgumentException("no records from " + from + " to " + to + " (the log holds "
                    + cp.treeSize() + ")");
        }
        MerkleTree tree = log.tree(cp.treeSize());
        BufferedWriter w = new BufferedWriter(out);
        ObjectNode header = JSON.createObjectNode()
                .put("format", FORMAT)
                .put("from", from)
                .put("to", last)
                .put("tree_size", cp.treeSize())
                .put("key_id", cp.keyId())
                .put("public_key", log.key().publicKeyBase64());
        line(w, header);
        long written = 0;
        // In slices, so that a long range never sits in memory whole.
        for (long start = from; start <= last; start += 1000) {
            List<AuditRecord> slice = log.records(start, Math.min(last, start + 999));
            for (AuditRecord r : slice) {
                ObjectNode n = JSON.createObjectNode()
                        .put("seq", r.seq())
                        .put("kind", r.kind())
                        .put("at", r.at())
                        .put("actor", r.actor())
                        .put("prev_hash", r.prevHash())
                        .put("hash", r.hash())
                        .put("payload_sha256", r.payloadSha256())
                        .put("payload", r.payload());
                ArrayNode proof = n.putArray("inclusion");
                tree.inclusionProof((int) (r.seq() - 1)).forEach(p -> proof.add(HexFormat.of().formatHex(p)));
                line(w, n);
                written++;
            }
        }
        ObjectNode checkpoint = JSON.createObjectNode();
        checkpoint.putObject("checkpoint")
                .put("tree_size", cp.treeSize())
                .put("root", cp.root())
                .put("signed_at", cp.signedAt())
                .put("key_id", cp.keyId())
                .put("signature", cp.signature());
        line(w, checkpoint);
        w.flush();
        return written;
    }

    private static void line(BufferedWriter w, ObjectNode n) throws IOException {
        w.write(JSON.writeValueAsString(n));
        w.write('\n');
    }
}
