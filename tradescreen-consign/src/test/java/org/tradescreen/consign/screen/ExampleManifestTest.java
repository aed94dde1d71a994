package org.tradescreen.consign.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradescreen.consign.manifest.Manifest;
import org.tradescreen.consign.policy.Decision;

/**
 * The example manifest ({@code examples/consignments.jsonl}) against its expected decisions
 * ({@code examples/consignments-expected.csv}): each consignment must get its decision, and every rule named
 * as its reason must fire. The story of the Institute of Forensic Science is among them: held on an export before
 * its removal from the Entity List, cleared after.
 */
class ExampleManifestTest {

    private static ConsignmentFixture fixture;
    private static final Map<String, ConsignmentResult> results = new LinkedHashMap<>();

    @BeforeAll
    static void screen() throws Exception {
        fixture = new ConsignmentFixture();
        try (Manifest m = Manifest.open(Files.newBufferedReader(ConsignmentFixture.EXAMPLES.resolve("consignments.jsonl")),
                "consignments.jsonl", Manifest.Format.JSONL)) {
            ConsignmentBatch.run(m, fixture.screener, null, r -> results.put(r.consignmentId(), r), n -> { });
        }
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void everyConsignmentGetsItsExpectedDecisionForTheExpectedReasons() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        try (Reader in = Files.newBufferedReader(ConsignmentFixture.EXAMPLES.resolve("consignments-expected.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord e : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                ConsignmentResult r = results.get(e.get("consignment_id"));
                List<String> fired = r.reasons().stream().map(Reason::rule).toList();
                boolean right = r.decision() == Decision.valueOf(e.get("decision"));
                for (String rule : e.get("rules").split(",")) {
                    right &= rule.isBlank() || fired.contains(rule);
                }
                if (!right) {
                    wrong.add(e.get("consignment_id") + ": got " + r.decision() + " " + fired + ", expected "
                            + e.get("decision") + " [" + e.get("rules") + "]");
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(results.size()).isGreaterThanOrEqualTo(40);
        assertThat(wrong).isEmpty();
    }

    @Test
    void theInstituteIsHeldBeforeItsRemovalAndClearedAfter() {
        ConsignmentResult before = results.get("IFS-1");
        ConsignmentResult after = results.get("IFS-2");
        assertThat(before.decision()).isEqualTo(Decision.HOLD);
        Reason reason = before.reasons().get(0);
        assertThat(reason.rule()).isEqualTo("PARTY-EL-EXPORT");
        assertThat(reason.party()).isEqualTo("consignee: Institute of Forensic Science of China");
        assertThat(reason.list()).isEqualTo("Entity List (EL) - Bureau of Industry and Security");
        assertThat(reason.listedOn()).isEqualTo("2020-06-05");
        assertThat(reason.matched()).contains("forensic").contains("science");
        assertThat(before.lists()).extracting(l -> l.published().toString()).contains("2021-01-04");
        assertThat(after.decision()).isEqualTo(Decision.CLEAR);
        assertThat(after.reasons()).isEmpty();
        assertThat(after.lists()).extracting(l -> l.published().toString()).contains("2023-11-17");
    }

    @Test
    void reasonsNameTheRulePartyOrLineEntryOrControlAndMatchedWords() {
        Reason party = results.get("EX-01").reasons().get(0);
        assertThat(party.rule()).isEqualTo("PARTY-SANCTIONED");
        assertThat(party.entityId()).startsWith("us-csl:");
        assertThat(party.listedOn()).isEqualTo("2023-10-03");
        assertThat(party.text()).contains("shipper 'Hanhong Pharmaceutical Technology Co., Ltd.'")
                .contains("HANHONG PHARMACEUTICAL TECHNOLOGY CO., LTD.");
        Reason line = results.get("GD-01").reasons().get(0);
        assertThat(line.lineNo()).isEqualTo(1);
        assertThat(line.substance()).isEqualTo("N-Phenethyl-4-piperidone");
        assertThat(line.citation()).contains("72 FR 20039");
        assertThat(line.matched()).isEqualTo("N-phenethyl-4-piperidone");
        Reason contact = results.get("EX-03").reasons().get(0);
        assertThat(contact.rule()).isEqualTo("PARTY-IDENTIFIER");
        assertThat(contact.matched()).isEqualTo("+862786832068");
        ConsignmentResult any = results.get("EC-01");
        assertThat(any.policy().id()).isEqualTo("tradescreen-default");
        assertThat(any.policy().sha256()).hasSize(64);
        assertThat(any.lists()).isNotEmpty();
    }
}
