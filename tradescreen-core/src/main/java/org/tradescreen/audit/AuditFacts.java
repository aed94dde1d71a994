package org.tradescreen.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.tradescreen.io.Sha256;
import org.tradescreen.lists.snapshot.SnapshotVersion;

/** The facts every audit record of a screening carries, in one shape: which list versions, which inputs. */
public final class AuditFacts {

    private AuditFacts() {
    }

    /** The list versions screened against: {@code [{"source","version","published","content_hash"}]}. */
    public static ArrayNode lists(List<SnapshotVersion> versions) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (SnapshotVersion v : versions) {
            out.addObject().put("source", v.source()).put("version", v.version())
                    .put("published", v.published().toString()).put("content_hash", v.contentHash());
        }
        return out;
    }

    /** SHA-256 of a file's bytes, in hex: which input was screened, without keeping the input. */
    public static String sha256(Path file) throws IOException {
        MessageDigest sha = MerkleTree.sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                sha.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A fresh SHA-256 digest, for results hashed as they are written. */
    public static MessageDigest digest() {
        return MerkleTree.sha256();
    }

    /** Who acts from the command line: the operating-system user, until users and roles name them. */
    public static String cliActor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    public static String sha256Bytes(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    public static String sha256(String text) {
        return Sha256.hex(text);
    }
}
