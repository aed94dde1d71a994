package org.tradescreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code users add} and {@code alerts} as a user runs them; batch hits and consignment holds raise alerts. */
class AlertsCommandTest {

    @TempDir
    Path data;

    @Test
    void batchHits_raiseOneAlertPerSubjectAndEntry_listedInTheContractShape() throws Exception {
        Path names = data.resolve("names.csv");
        Files.writeString(names, "id,name\nC-17,Institute of Forensic Science of China\nC-18,Jane Doe\n");
        CliRun.in(data, "screen-file", "--as-of", "2021-06-01", names.toString(), "-o", data.resolve("o.csv").toString());
        CliRun.in(data, "screen-file", "--as-of", "2021-06-01", names.toString(), "-o", data.resolve("o.csv").toString());

        CliRun r = CliRun.in(data, "alerts", "--status", "open", "--json");

        assertThat(r.exit()).isZero();
        JsonNode alerts = r.json().path("alerts");
        assertThat(alerts).hasSize(1);
        JsonNode a = alerts.get(0);
        for (String field : new String[] {"id", "counterparty_id", "entity_id", "score", "status", "reason",
                "list_version"}) {
            assertThat(a.has(field)).as(field).isTrue();
        }
        assertThat(a.path("counterparty_id").asText()).isEqualTo("C-17");
        assertThat(a.path("status").asText()).isEqualTo("open");
        assertThat(a.path("list_version").asText()).startsWith("us-csl:");
        assertThat(CliRun.in(data, "alerts", "--status", "bogus").exit()).isEqualTo(2);
    }

    @Test
    void aConsignmentHold_raisesAlertsOnItsParty() throws Exception {
        Path manifest = data.resolve("m.jsonl");
        Files.writeString(manifest, "{\"consignment_id\":\"K1\",\"as_of\":\"2021-06-01\",\"direction\":\"export\","
                + "\"parties\":[{\"role\":\"consignee\",\"name\":\"Institute of Forensic Science of China\"}],"
                + "\"lines\":[{\"description\":\"DNA test kits\",\"hs_code\":\"3822.19\"}]}\n");
        assertThat(CliRun.in(data, "consignments", "screen", manifest.toString()).exit()).isEqualTo(1);

        JsonNode alerts = CliRun.in(data, "alerts", "--json").json().path("alerts");

        assertThat(alerts).isNotEmpty();
        assertThat(alerts.get(0).path("origin").asText()).isEqualTo("consignment");
        assertThat(alerts.get(0).path("counterparty_id").asText()).isEqualTo("K1/consignee");
    }

    @Test
    void usersAdd_printsTheKeyOnce_andRefusesABadRoleOrATwin() {
        CliRun added = CliRun.in(data, "users", "add", "anna", "--role", "analyst");
        assertThat(added.exit()).isZero();
        assertThat(added.out().strip()).startsWith("tsk_").hasSizeGreaterThan(40);
        assertThat(CliRun.in(data, "users", "add", "anna", "--role", "analyst").err()).contains("already exists");
        assertThat(CliRun.in(data, "users", "add", "bob", "--role", "king").exit()).isEqualTo(2);
        assertThat(CliRun.in(data, "users", "list").out()).contains("anna  analyst");
        assertThat(CliRun.in(data, "audit", "verify").exit()).isZero();
    }

    /** A review scripted from the command line, under the API's rules: four eyes, versions, keys. */
    @Test
    void aReview_scriptedFromTheCommandLine() throws Exception {
        String anna = CliRun.in(data, "users", "add", "anna", "--role", "analyst").out().strip();
        String sam = CliRun.in(data, "users", "add", "sam", "--role", "supervisor").out().strip();
        Path names = data.resolve("names.csv");
        Files.writeString(names, "id,name\nC-1,Institute of Forensic Science of China\n");
        CliRun.in(data, "screen-file", "--as-of", "2021-06-01", names.toString(), "-o", data.resolve("o.csv").toString());
        String id = CliRun.in(data, "alerts", "--json").json().path("alerts").get(0).path("id").asText();

        assertThat(CliRun.in(data, "alerts", "claim", id, "--version", "1").exit()).as("no key").isEqualTo(2);
        assertThat(CliRun.in(data, "alerts", "claim", id, "--version", "1", "--key", anna).exit()).isZero();
        assertThat(CliRun.in(data, "alerts", "claim", id, "--version", "1", "--key", anna).exit()).as("stale")
                .isEqualTo(1);
        assertThat(CliRun.in(data, "alerts", "propose", id, "--version", "2", "--disposition", "false_positive",
                "--reason", "different_birth_date", "--note", "born 1990", "--key", anna).exit()).isZero();
        CliRun own = CliRun.in(data, "alerts", "confirm", id, "--version", "3", "--key", anna);
        assertThat(own.exit()).isEqualTo(1);
        assertThat(own.err()).contains("only a supervisor confirms");
        CliRun confirmed = CliRun.in(data, "alerts", "confirm", id, "--version", "3", "--key", sam, "--json");

        assertThat(confirmed.exit()).isZero();
        assertThat(confirmed.json().path("status").asText()).isEqualTo("cleared");
        assertThat(confirmed.json().path("decided_by").asText()).isEqualTo("sam");
    }
}
