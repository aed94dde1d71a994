package org.tradescreen.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tradescreen.audit.AuditFacts;
import org.tradescreen.audit.AuditLog;
import org.tradescreen.audit.InstanceKey;
import org.tradescreen.lists.snapshot.Database;

/**
 * A case sent to another instance, as the working group of agencies shares them: the case document with personal
 * fields redacted, signed with the sender's instance key. The file is JSON: {@code format}, the sender's
 * {@code key_id} and {@code public_key}, the {@code payload} (base64 of the UTF-8 JSON that was signed, so no
 * re-serialisation can change what was signed) and the Ed25519 {@code signature} over those bytes. The receiver
 * checks the signature, refuses anything changed, and keeps the bundle with the sender's key as received.
 */
public final class CaseBundle {

    public static final String FORMAT = "tradescreen-case-bundle/1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A bundle that does not verify, and why. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    /** What was received: the sender's key id and the case document. */
    public record Received(long id, String senderKeyId, JsonNode payload, boolean alreadyHeld) {
    }

    private CaseBundle() {
    }

    /** The signed bundle of a case, redacted by {@code profile} with this instance's redaction salt. */
    public static String export(Cases cases, long caseId, Redaction profile, InstanceKey key, Path dataDir, String by,
                                Clock clock) throws IOException {
        ObjectNode payload = JsonNodeFactory.instance.objectNode()
                .put("exported_at", Instant.now(clock).toString())
                .put("exported_by", by);
        payload.set("redaction", profile.describe());
        payload.set("case", profile.apply(cases.document(caseId), salt(dataDir)));
        byte[] bytes = JSON.writeValueAsBytes(payload);
        ObjectNode bundle = JsonNodeFactory.instance.objectNode()
                .put("format", FORMAT)
                .put("key_id", key.keyId())
                .put("public_key", key.publicKeyBase64())
                .put("payload", Base64.getEncoder().encodeToString(bytes))
                .put("signature", Base64.getEncoder().encodeToString(key.sign(bytes)));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(bundle) + "\n";
    }

    /**
     * Checks a bundle: its format, that the key id is the key's, and the signature over the payload. With
     * {@code trustedKey} (base64) the bundle must also come from that key. Returns the payload.
     */
    public static JsonNode verify(String text, @Nullable String trustedKey) {
        JsonNode bundle;
        try {
            bundle = JSON.readTree(text);
        } catch (IOException e) {
            throw new Refused("not a case bundle: not JSON");
        }
        if (bundle == null || !FORMAT.equals(bundle.path("format").asText())) {
            throw new Refused("not a " + FORMAT + " file");
        }
        String key = bundle.path("public_key").asText();
        byte[] payload;
        byte[] signature;
        try {
            payload = Base64.getDecoder().decode(bundle.path("payload").asText());
            signature = Base64.getDecoder().decode(bundle.path("signature").asText());
        } catch (IllegalArgumentException e) {
            throw new Refused("the payload or signature is not base64: the bundle was damaged");
        }
        if (trustedKey != null && !trustedKey.equals(key)) {
            throw new Refused("the bundle is signed by key " + bundle.path("key_id").asText() + ", not the one trusted");
        }
        if (!InstanceKey.verify(key, payload, signature)) {
            throw new Refused("the signature does not verify: the bundle was changed after it was signed");
        }
        try {
            if (!InstanceKey.keyId(Base64.getDecoder().decode(key)).equals(bundle.path("key_id").asText())) {
                throw new Refused("the key id does not belong to the key");
            }
            return JSON.readTree(new String(payload, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Refused("the signed payload is not JSON");
        }
    }

    /** Verifies and keeps a received bundle with its sender's identity; the same bundle twice is kept once. */
    public static Received receive(Database db, AuditLog audit, String text, @Nullable String trustedKey, String by,
                                   Clock clock) {
        JsonNode payload = verify(text, trustedKey);
        JsonNode bundle;
        try {
            bundle = JSON.readTree(text);
        } catch (IOException e) {
            throw new Refused("not JSON");
        }
        String payloadText = payload.toString();
        String sha = AuditFacts.sha256(bundle.path("payload").asText());
        List<Long> held = db.query("cannot read received cases", "SELECT id FROM shared_case WHERE payload_sha256 = ?",
                ps -> ps.setString(1, sha), rs -> rs.getLong(1));
        if (!held.isEmpty()) {
            return new Received(held.get(0), bundle.path("key_id").asText(), payload, true);
        }
        long id = db.transaction("cannot keep the received case", c -> {
            long kept;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO shared_case (sender_key_id, sender_key,"
                    + " received_at, payload_sha256, payload) VALUES (?, ?, ?, ?, ?)", new String[] {"id"})) {
                ps.setString(1, bundle.path("key_id").asText());
                ps.setString(2, bundle.path("public_key").asText());
                ps.setString(3, Instant.now(clock).toString());
                ps.setString(4, sha);
                ps.setString(5, payloadText);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    kept = keys.getLong(1);
                }
            }
            audit.appendIn(c, List.of(new AuditLog.Act("case", by, JsonNodeFactory.instance.objectNode()
                    .put("action", "received").put("shared_case_id", kept)
                    .put("sender_key_id", bundle.path("key_id").asText()).put("payload_sha256", sha))));
            return kept;
        });
        return new Received(id, bundle.path("key_id").asText(), payload, false);
    }

    /** This instance's redaction salt, made on first use and never exported. */
    private static String salt(Path dataDir) throws IOException {
        Path file = dataDir.resolve("redaction-salt");
        if (!Files.exists(file)) {
            byte[] raw = new byte[32];
            RANDOM.nextBytes(raw);
            Files.writeString(file, Base64.getEncoder().encodeToString(raw) + "\n");
        }
        return Files.readString(file).strip();
    }
}
