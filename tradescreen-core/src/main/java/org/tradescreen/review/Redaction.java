package org.tradescreen.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradescreen.audit.AuditFacts;

/**
 * Which personal fields leave the instance in a shared case: removed outright, or replaced by a salted hash (so
 * the sender, who keeps the salt, can still match them later, and the receiver cannot read them). Fields are named
 * wherever they occur in the case document. Built in: {@code none}, and {@code partner} (birth dates, identifiers,
 * addresses and attachments removed; names, ids and people hashed). Or a JSON file
 * {@code {"name","remove":[…],"hash":[…]}}.
 */
public record Redaction(String name, Set<String> remove, Set<String> hash) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static final Redaction NONE = new Redaction("none", Set.of(), Set.of());
    public static final Redaction PARTNER = new Redaction("partner",
            Set.of("dob", "identifiers", "address", "attachment"),
            Set.of("name", "counterparty_id", "ref", "author", "proposed_by", "decided_by", "created_by", "subject_key"));

    /** A built-in profile by name, or a profile file. */
    public static Redaction of(String nameOrFile) throws IOException {
        for (Redaction r : List.of(NONE, PARTNER)) {
            if (r.name.equals(nameOrFile)) {
                return r;
            }
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--redact: '" + nameOrFile + "' is neither a built-in profile (none,"
                    + " partner) nor a profile file");
        }
        JsonNode n = JSON.readTree(file.toFile());
        return new Redaction(n.path("name").asText(file.getFileName().toString()), strings(n.path("remove")),
                strings(n.path("hash")));
    }

    private static Set<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return Set.copyOf(out);
    }

    /** The document with the fields removed or hashed, everywhere they occur; {@code salt} stays with the sender. */
    public JsonNode apply(JsonNode doc, String salt) {
        JsonNode copy = doc.deepCopy();
        walk(copy, salt);
        return copy;
    }

    private void walk(JsonNode node, String salt) {
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
            List<String> drop = new ArrayList<>();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (remove.contains(f.getKey())) {
                    drop.add(f.getKey());
                } else if (hash.contains(f.getKey()) && f.getValue().isValueNode() && !f.getValue().isNull()) {
                    f.setValue(JSON.getNodeFactory().textNode("h:" + AuditFacts.sha256(salt + f.getValue().asText())
                            .substring(0, 32)));
                } else {
                    walk(f.getValue(), salt);
                }
            }
            o.remove(drop);
        } else if (node instanceof ArrayNode a) {
            a.forEach(child -> walk(child, salt));
        }
    }

    /** What the receiver is told about the redaction: the profile and its fields, never the salt. */
    public ObjectNode describe() {
        ObjectNode d = JSON.createObjectNode().put("profile", name);
        remove.stream().sorted().forEach(d.putArray("removed")::add);
        hash.stream().sorted().forEach(d.putArray("hashed")::add);
        return d;
    }
}
