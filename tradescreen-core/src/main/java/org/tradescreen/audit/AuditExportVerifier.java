package org.tradescreen.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks an audit export with nothing but the file and a public key, as a third party would: every record's hash
 * re-computed from its fields, each linked to the one before, each proved part of the signed Merkle root, and
 * the checkpoint's Ed25519 signature. Uses no database and no state of the instance that wrote it.
 */
public final class AuditExportVerifier {

    /** What the check found; {@code line} and {@code problem} are null when the export holds. */
    public record Result(long records, long treeSize, @Nullable String keyId, @Nullable Long line, @Nullable String problem) {
        public boolean valid() {
            return problem == null;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditExportVerifier() {
    }

    /**
     * @param trustedKey the signer's public key (base64 X.509) as obtained from the signer, not from the file;
     *                   null to take the file's own, which then proves integrity but not who signed
     */
    public static Result verify(BufferedReader in, @Nullable String trustedKey) throws IOException {
        try {
            return check(in, trustedKey);
        } catch (IllegalArgumentException malformed) {
            // a hash or proof that is not hex: the file was damaged or made up
            return new Result(0, 0, null, null, "malformed export: " + malformed.getMessage());
        }
    }

    private static Result check(BufferedReader in, @Nullable String trustedKey) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        String text;
        while ((text = in.readLine()) != null) {
            if (!text.isBlank()) {
                try {
                    lines.add(JSON.readTree(text));
                } catch (IOException e) {
                    return new Result(0, 0, null, (long) lines.size() + 1, "not JSON: " + e.getMessage());
                }
            }
        }
        if (lines.size() < 2 || !AuditExport.FORMAT.equals(lines.get(0).path("format").asText())) {
            return new Result(0, 0, null, 1L, "not a " + AuditExport.FORMAT + " file");
        }
        JsonNode header = lines.get(0);
        JsonNode cp = lines.get(lines.size() - 1).path("checkpoint");
        Checkpoint checkpoint = new Checkpoint(cp.path("tree_size").asLong(), cp.path("root").asText(),
                cp.path("signed_at").asText(), cp.path("key_id").asText(), cp.path("signature").asText());
        String key = trustedKey != null ? trustedKey : header.path("public_key").asText();
        long last = lines.size();
        if (!checkpoint.signedBy(key)) {
            return new Result(0, checkpoint.treeSize(), checkpoint.keyId(), last,
                    "the checkpoint's signature does not verify with " + (trustedKey != null ? "the given" : "its")
                            + " public key");
        }
        byte[] root = HexFormat.of().parseHex(checkpoint.root());
        long expected = header.path("from").asLong();
        String prev = null;
        for (int i = 1; i < lines.size() - 1; i++) {
            JsonNode r = lines.get(i);
            long lineNo = i + 1;
            AuditRecord record = new AuditRecord(r.path("seq").asLong(), r.path("kind").asText(),
                    r.path("at").asText(), r.path("actor").asText(),
                    r.path("payload").isTextual() ? r.path("payload").asText() : null,
                    r.path("payload_sha256").asText(), r.path("prev_hash").asText(), r.path("hash").asText());
            String problem = problem(record, expected, prev, inclusion(r), checkpoint.treeSize(), root);
            if (problem != null) {
                return new Result(i - 1, checkpoint.treeSize(), checkpoint.keyId(), lineNo, problem);
            }
            prev = record.hash();
            expected++;
        }
        if (expected - 1 != header.path("to").asLong()) {
            return new Result(expected - header.path("from").asLong(), checkpoint.treeSize(), checkpoint.keyId(),
                    last, "the export ends at record " + (expected - 1) + ", its header says " + header.path("to"));
        }
        return new Result(lines.size() - 2, checkpoint.treeSize(), checkpoint.keyId(), null, null);
    }

    private static @Nullable String problem(AuditRecord r, long expected, @Nullable String prev, List<byte[]> path, long size,
                                  byte[] root) {
        if (r.seq() != expected) {
            return "record " + expected + " is missing (found record " + r.seq() + ")";
        }
        if (r.seq() == 1 && !r.prevHash().equals(AuditRecord.GENESIS) || prev != null && !r.prevHash().equals(prev)) {
            return "record " + r.seq() + " does not follow the record before it";
        }
        if (!r.intact()) {
            return "record " + r.seq() + " was changed: its hash does not match its content";
        }
        if (!MerkleTree.verifyInclusion(r.leaf(), r.seq() - 1, size, path, root)) {
            return "record " + r.seq() + " is not in the signed Merkle tree of " + size + " records";
        }
        return null;
    }

    private static List<byte[]> inclusion(JsonNode r) {
        List<byte[]> path = new ArrayList<>();
        r.path("inclusion").forEach(p -> path.add(HexFormat.of().parseHex(p.asText())));
        return path;
    }
}
