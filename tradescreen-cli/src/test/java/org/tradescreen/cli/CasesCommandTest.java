package org.tradescreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case opened on one instance, shared signed and redacted, verified on a second; one changed byte is refused. */
class CasesCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path sender;

    @TempDir
    Path receiver;

    private Path sharedCase() throws Exception {
        Path names = sender.resolve("names.csv");
        Files.writeString(names, "id,name,dob\nC-9,Institute of Forensic Science of China,1990-02-03\n");
        CliRun.in(sender, "screen-file", "--as-of", "2021-06-01", names.toString(), "-o", sender.resolve("o.csv").toString());
        long alert = CliRun.in(sender, "alerts", "--json").json().path("alerts").get(0).path("id").asLong();
        CliRun created = CliRun.in(sender, "cases", "create", "--kind", "counterparty", "--ref", "C-9", "--title",
                "Institute lookalike", "--alert", String.valueOf(alert));
        assertThat(created.exit()).as(created.err()).isZero();
        String caseId = created.out().strip();
        Path evidence = sender.resolve("invoice.txt");
        Files.writeString(evidence, "invoice 4471, consignee in Hamburg");
        assertThat(CliRun.in(sender, "cases", "note", caseId, "checked the invoice", "--attach", evidence.toString())
                .exit()).isZero();
        Path bundle = sender.resolve("case.bundle.json");
        CliRun exported = CliRun.in(sender, "cases", "export", caseId, "--redact", "partner", "-o", bundle.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
        return bundle;
    }

    @Test
    void aSharedCase_verifiesOnASecondInstance_withTheSendersIdentity_andPersonalFieldsRedacted() throws Exception {
        Path bundle = sharedCase();
        String senderKey = CliRun.in(sender, "audit", "public-key").out().strip();

        CliRun imported = CliRun.in(receiver, "cases", "import", bundle.toString(), "--trust-key", senderKey, "--json");

        assertThat(imported.exit()).as(imported.out() + imported.err()).isZero();
        JsonNode doc = imported.json();
        assertThat(doc.path("sender_key_id").asText()).hasSize(16);
        JsonNode shared = doc.path("payload").path("case");
        assertThat(shared.path("title").asText()).isEqualTo("Institute lookalike");
        assertThat(shared.path("alerts")).hasSize(1);
        assertThat(shared.path("notes").get(0).path("text").asText()).isEqualTo("checked the invoice");
        String payload = doc.path("payload").toString();
        // the subject's own name, birth date, id and the attachment are gone; the list entry's public name stays
        assertThat(payload).doesNotContain("\"Institute of Forensic Science of China\"").doesNotContain("1990-02-03")
                .doesNotContain("C-9").doesNotContain("invoice 4471")
                .contains("Ministry of Public Security's Institute of Forensic Science of China");
        assertThat(shared.path("alerts").get(0).path("subject").path("name").asText()).startsWith("h:");
        assertThat(doc.path("payload").path("redaction").path("profile").asText()).isEqualTo("partner");
        assertThat(CliRun.in(receiver, "audit", "verify").exit()).isZero();
        // the same bundle again is kept once
        assertThat(CliRun.in(receiver, "cases", "import", bundle.toString(), "--json").json().path("already_held")
                .asBoolean()).isTrue();
    }

    @Test
    void aBundleChangedByOneByte_isRefused_whereverTheByteIs() throws Exception {
        Path bundle = sharedCase();
        String text = Files.readString(bundle, StandardCharsets.UTF_8);
        JsonNode b = JSON.readTree(text);
        // inside the signed payload: a title changed and re-encoded
        String payload = new String(Base64.getDecoder().decode(b.path("payload").asText()), StandardCharsets.UTF_8);
        String forged = text.replace(b.path("payload").asText(), Base64.getEncoder().encodeToString(
                payload.replace("Institute lookalike", "Institute lookalikf").getBytes(StandardCharsets.UTF_8)));
        // in the signature itself
        String sig = b.path("signature").asText();
        char flipped = sig.charAt(10) == 'A' ? 'B' : 'A';
        String badSignature = text.replace(sig, sig.substring(0, 10) + flipped + sig.substring(11));

        for (String tampered : new String[] {forged, badSignature}) {
            Path file = receiver.resolve("tampered.json");
            Files.writeString(file, tampered);
            CliRun r = CliRun.in(receiver, "cases", "import", file.toString());
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.out()).contains("REFUSED");
        }
        Path other = Files.createDirectory(receiver.resolve("other"));
        String otherKey = CliRun.in(other, "audit", "public-key").out().strip();
        assertThat(CliRun.in(receiver, "cases", "import", bundle.toString(), "--trust-key", otherKey).out())
                .contains("not the one trusted");
    }

    @Test
    void badCaseInput_isAUsageError() {
        assertThat(CliRun.in(sender, "cases", "create", "--kind", "person", "--ref", "x", "--title", "t").exit())
                .isEqualTo(2);
        assertThat(CliRun.in(sender, "cases", "show", "999").exit()).isEqualTo(2);
        assertThat(CliRun.in(sender, "cases", "export", "1", "--redact", "no-such-profile").exit()).isEqualTo(2);
    }
}
