package org.tradescreen.review;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tradescreen.audit.AuditFacts;

/**
 * Who or what was screened, as the alert remembers it: the counterparty's own id if it has one, and the data it
 * was screened with. The fingerprint is the SHA-256 of that data and the id (two counterparties of the same name
 * are two subjects), normalised (case, accents as given, white
 * space), so that the same subject screened again finds its alert, and a subject whose data changed does not
 * inherit decisions made about the old data.
 */
public record Subject(@Nullable String counterpartyId, String name, @Nullable String type, @Nullable String country, @Nullable String dob,
                      List<String> identifiers) implements java.io.Serializable {

    public Subject {
        Objects.requireNonNull(name, "name");
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    public String fingerprint() {
        String canonical = String.join("\u001f", norm(name), norm(type), norm(country), norm(dob),
                identifiers.stream().map(Subject::norm).sorted().collect(Collectors.joining(",")))
                + (counterpartyId == null ? "" : "\u001f#" + counterpartyId.strip());
        return AuditFacts.sha256(canonical);
    }

    public ObjectNode json() {
        ObjectNode n = JsonNodeFactory.instance.objectNode().put("counterparty_id", counterpartyId).put("name", name)
                .put("type", type).put("country", country).put("dob", dob);
        identifiers.forEach(n.putArray("identifiers")::add);
        return n;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static String norm(@Nullable String s) {
        return s == null ? "" : SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFC).strip()).replaceAll(" ")
                .toLowerCase(Locale.ROOT);
    }
}
