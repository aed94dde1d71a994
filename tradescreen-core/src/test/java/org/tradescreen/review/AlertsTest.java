package org.tradescreen.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradescreen.audit.AuditLog;
import org.tradescreen.audit.AuditRecord;
import org.tradescreen.audit.InstanceKey;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.testing.TestStores;

/** The review rules on both real databases: dedupe, four eyes, roles, reasons, versions, and the audit trail. */
class AlertsTest {

    @TempDir
    Path dataDir;

    private static final User ANNA = new User("anna", Role.ANALYST);
    private static final User SAM = new User("sam", Role.SUPERVISOR);
    private static final User SUE = new User("sue", Role.SUPERVISOR);
    private static final User OLI = new User("oli", Role.AUDITOR);

    private static Alerts.Raise raise(String name, String entity) {
        return new Alerts.Raise(new Subject("cp-1", name, "person", "CN", null, List.of()), entity, "Listed Name",
                "a".repeat(64), "us-ofac-sdn:3", 0.93, "batch", "batch", null);
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void oneAlertPerSubjectAndEntry_andAChangedSubjectIsANewOne(String backend) throws Exception {
        try (Database db = TestStores.fresh(backend)) {
            Alerts alerts = new Alerts(db, new AuditLog(db, InstanceKey.of(dataDir), Clock.systemUTC()),
                    Clock.systemUTC());

            assertThat(alerts.raise(List.of(raise("Li Wei", "us-ofac-sdn:1"), raise("Li Wei", "us-ofac-sdn:2"))))
                    .isEqualTo(2);
            assertThat(alerts.raise(List.of(raise("LI  WEI", "us-ofac-sdn:1")))).as("same subject, normalised")
                    .isZero();
            assertThat(alerts.raise(List.of(raise("Li Wei Ming", "us-ofac-sdn:1")))).isEqualTo(1);
            assertThat(alerts.list(AlertStatus.OPEN, 100)).hasSize(3);
        }
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void fourEyes_theProposerCannotConfirm_anotherSupervisorCan(String backend) throws Exception {
        try (Database db = TestStores.fresh(backend)) {
            AuditLog audit = new AuditLog(db, InstanceKey.of(dataDir), Clock.systemUTC());
            Alerts alerts = new Alerts(db, audit, Clock.systemUTC());
            alerts.raise(List.of(raise("Li Wei", "us-ofac-sdn:1"), raise("Zhang Min", "us-ofac-sdn:2")));
            long id = alerts.list(null, 10).get(1).id();

            Alert claimed = alerts.claim(id, ANNA, 1);
            Alert proposed = alerts.propose(id, ANNA, claimed.version(), Disposition.FALSE_POSITIVE,
                    ReasonCode.DIFFERENT_BIRTH_DATE, "born 1990, the listed man 1961");
            assertThat(proposed.status()).isEqualTo(AlertStatus.PROPOSED);
            assertThatThrownBy(() -> alerts.confirm(id, ANNA, proposed.version(), null))
                    .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.kind())
                            .isEqualTo(ReviewException.Kind.FORBIDDEN));
            Alert confirmed = alerts.confirm(id, SAM, proposed.version(), null);

            assertThat(confirmed.status()).isEqualTo(AlertStatus.CLEARED);
            assertThat(confirmed.proposedBy()).isEqualTo("anna");
            assertThat(confirmed.decidedBy()).isEqualTo("sam");

            // a supervisor's own proposal needs a second supervisor
            long other = alerts.list(null, 10).get(0).id();
            Alert mine = alerts.propose(other, SAM, 1, Disposition.MATCH, ReasonCode.SAME_IDENTIFIER, null);
            assertThatThrownBy(() -> alerts.confirm(other, SAM, mine.version(), null))
                    .hasMessageContaining("four eyes");
            assertThat(alerts.confirm(other, SUE, mine.version(), null).status())
                    .isEqualTo(AlertStatus.CONFIRMED_MATCH);

            List<AuditRecord> trail = audit.records(1, Long.MAX_VALUE);
            assertThat(trail).extracting(AuditRecord::kind).containsOnly("alert");
            assertThat(trail).extracting(AuditRecord::actor).containsExactly("anna", "anna", "sam", "sam", "sue");
            assertThat(audit.verify().intact()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void rolesReasonsVersionsAndStates_areEnforced(String backend) throws Exception {
        try (Database db = TestStores.fresh(backend)) {
            Alerts alerts = new Alerts(db, new AuditLog(db, InstanceKey.of(dataDir), Clock.systemUTC()),
                    Clock.systemUTC());
            alerts.raise(List.of(raise("Li Wei", "us-ofac-sdn:1")));
            long id = alerts.list(null, 10).get(0).id();

            assertThatThrownBy(() -> alerts.claim(id, OLI, 1)).hasMessageContaining("only analysts and supervisors");
            assertThatThrownBy(() -> alerts.propose(id, ANNA, 1, Disposition.MATCH, ReasonCode.WEAK_ALIAS_ONLY, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("supports false_positive");
            alerts.claim(id, ANNA, 1);
            assertThatThrownBy(() -> alerts.claim(id, ANNA, 1)).isInstanceOfSatisfying(ReviewException.class,
                    e -> assertThat(e.kind()).isEqualTo(ReviewException.Kind.CONFLICT));
            assertThatThrownBy(() -> alerts.confirm(id, SAM, 2, null)).hasMessageContaining("is in_review");
            Alert p = alerts.propose(id, ANNA, 2, Disposition.INCONCLUSIVE, ReasonCode.INSUFFICIENT_INFORMATION,
                    "no birth date on the invoice");
            Alert back = alerts.sendBack(id, SAM, p.version(), "ask the customer for the birth date");
            assertThat(back.status()).isEqualTo(AlertStatus.IN_REVIEW);
            assertThat(back.disposition()).isNull();
            assertThatThrownBy(() -> alerts.get(id + 1000).orElseThrow()).isInstanceOf(java.util.NoSuchElementException.class);
            assertThatThrownBy(() -> alerts.claim(id + 1000, ANNA, 1)).isInstanceOfSatisfying(ReviewException.class,
                    e -> assertThat(e.kind()).isEqualTo(ReviewException.Kind.NOT_FOUND));
        }
    }

    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void usersKeys_areShownOnce_storedHashed_andAuthenticate(String backend) throws Exception {
        try (Database db = TestStores.fresh(backend)) {
            Users users = new Users(db, new AuditLog(db, InstanceKey.of(dataDir), Clock.systemUTC()),
                    Clock.systemUTC());
            String key = users.add("anna", Role.ANALYST, "cli:root");

            assertThat(users.authenticate(key)).contains(new User("anna", Role.ANALYST));
            assertThat(users.authenticate(key + "x")).isEmpty();
            assertThat(users.authenticate("")).isEmpty();
            assertThatThrownBy(() -> users.add("anna", Role.ADMIN, "cli:root")).hasMessageContaining("already exists");
            try (var c = db.connect(); var s = c.createStatement();
                 var rs = s.executeQuery("SELECT key_hash FROM app_user WHERE name = 'anna'")) {
                rs.next();
                assertThat(rs.getString(1)).startsWith("pbkdf2-sha256$600000$").doesNotContain(key);
            }
        }
    }
}
