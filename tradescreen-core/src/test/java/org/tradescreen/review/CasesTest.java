package org.tradescreen.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradescreen.audit.AuditLog;
import org.tradescreen.audit.InstanceKey;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.testing.TestStores;

/** Cases, the allow-list and a received bundle on both real databases. */
class CasesTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void aCase_withItsAlertNoteAndAttachment_closedByFourEyes(String backend) throws Exception {
        try (Database db = TestStores.fresh(backend)) {
            AuditLog audit = new AuditLog(db, InstanceKey.of(dataDir), Clock.systemUTC());
            Alerts alerts = new Alerts(db, audit, Clock.systemUTC());
            alerts.raise(List.of(new Alerts.Raise(new Subject("cp", "Li Wei", null, null, null, List.of()),
                    "us-ofac-sdn:1", "LI Wei", "b".repeat(64), "us-ofac-sdn:3", 0.9, "batch", "batch", null)));
            long alert = alerts.list(null, 1).get(0).id();
            Cases cases = new Cases(db, audit, alerts, Clock.systemUTC());

            long id = cases.create("counterparty", "cp", "Li Wei lookalike", List.of(alert), "anna");
            cases.note(id, "passport seen", "passport.txt", "P-123".getBytes(StandardCharsets.UTF_8), "anna");
            cases.move(id, "pending_approval", "not him", 1, "anna");
            assertThatThrownBy(() -> cases.move(id, "closed", "not him", 2, "anna")).hasMessageContaining("four eyes");
            cases.move(id, "closed", "not him", 2, "sam");

            JsonNode doc = cases.document(id);
            assertThat(doc.path("status").asText()).isEqualTo("closed");
            assertThat(doc.path("submitted_by").asText()).isEqualTo("anna");
            assertThat(doc.path("alerts").get(0).path("id").asLong()).isEqualTo(alert);
            assertThat(doc.path("notes").get(0).path("attachment").path("base64").asText()).isEqualTo("UC0xMjM=");
            assertThat(cases.list(10)).extracting(Cases.Summary::id).containsExactly(id);
            assertThat(audit.verify().intact()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void theAllowList_holdsAPair_untilItExpires(String backend) throws Exception {
        try (Database db = TestStores.fresh(backend)) {
            AuditLog audit = new AuditLog(db, InstanceKey.of(dataDir), Clock.systemUTC());
            Alerts alerts = new Alerts(db, audit, Clock.systemUTC());
            Alerts.Raise raise = new Alerts.Raise(new Subject("cp", "Li Wei", null, "DE", null, List.of()),
                    "us-ofac-sdn:1", "LI Wei", "c".repeat(64), "us-ofac-sdn:3", 0.9, "batch", "batch", null);
            alerts.raise(List.of(raise));
            long alert = alerts.list(null, 1).get(0).id();
            AllowList allow = alerts.allowList();
            AllowList.Entry e = allow.propose(alert, new User("anna", Role.ANALYST), ReasonCode.DIFFERENT_NATIONALITY,
                    null, Instant.now().plusSeconds(3600));
            assertThatThrownBy(() -> allow.approve(e.id(), new User("anna", Role.SUPERVISOR), 1))
                    .hasMessageContaining("four eyes");
            allow.approve(e.id(), new User("sam", Role.SUPERVISOR), 1);

            alerts.raise(List.of(raise));

            assertThat(alerts.list(AlertStatus.SUPPRESSED, 10)).hasSize(1);
            Alerts.Raise changedEntry = new Alerts.Raise(raise.subject(), raise.entityId(), raise.entityName(),
                    "d".repeat(64), raise.listVersion(), raise.score(), "batch", "batch", null);
            alerts.raise(List.of(changedEntry));
            assertThat(alerts.list(AlertStatus.SUPPRESSED, 10)).as("a changed entry is not held").hasSize(1);
            assertThat(audit.verify().intact()).isTrue();
        }
    }
}
