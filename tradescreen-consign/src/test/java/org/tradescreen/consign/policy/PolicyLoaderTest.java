package org.tradescreen.consign.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyLoaderTest {

    private static List<PolicyProblem> check(String yaml) {
        return PolicyLoader.check("p.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static final String HEAD = """
            id: test
            version: "1"
            limits: {strong: 0.85}
            sets: {embargoed: [CU, IR], empty: []}
            rules:
            """;

    @Test
    void theBundledPolicyIsSoundAndHasThePinnedRules() {
        assertThat(PolicyLoader.check("default-policy.yaml", PolicyLoader.bundledBytes())).isEmpty();
        Policy p = PolicyLoader.bundled();
        assertThat(p.rules()).extracting(Rule::id).containsExactlyInAnyOrder("PARTY-SANCTIONED", "PARTY-EL-EXPORT",
                "PARTY-EL-IMPORT", "PARTY-POSSIBLE", "PARTY-IDENTIFIER", "PARTY-WATCHLIST", "GOODS-FENTANYL",
                "GOODS-PRECURSOR-CONTROLLED", "GOODS-PRECURSOR-NOT-YET", "GOODS-WATCH-CHEMICAL", "GOODS-HS-SPECIFIC",
                "GOODS-INVALID-CAS", "GOODS-CAS-ONLY", "GOODS-VAGUE", "GOODS-HS-MISMATCH", "SHIPPER-INDUSTRY-MISMATCH",
                "ROUTE-EMBARGO", "ROUTE-CHEM-TRANSSHIP", "DATA-AED-MISSING", "DATA-NO-LISTS");
        assertThat(p.stamp().id()).isEqualTo("tradescreen-default");
        assertThat(p.stamp().sha256()).hasSize(64);
    }

    @Test
    void unknownKeys_areErrorsWithTheirLine() {
        List<PolicyProblem> problems = check(HEAD + """
                  - id: R1
                    decision: HOLD
                    scope: consignment
                    wen: consignment.origin in sets.embargoed
                colour: blue
                """);
        assertThat(problems).extracting(PolicyProblem::toString).contains(
                "p.yaml:9: error: rule: unknown key 'wen'; known: [decision, id, scope, title, when]",
                "p.yaml:10: error: unknown key 'colour'; known: [description, id, limits, maps, rules, sets, version]");
    }

    @Test
    void celErrors_nameTheLineOfTheCondition() {
        List<PolicyProblem> problems = check(HEAD + """
                  - id: R1
                    decision: HOLD
                    scope: line
                    when: |
                      line.class == 'precursor'
                      && line.hs_chaptr == '29'
                  - id: R2
                    decision: REVIEW
                    scope: hit
                    when: line.invalid_cas
                  - id: R3
                    decision: REVIEW
                    scope: consignment
                    when: consignment.origin in sets.embargo
                  - id: R4
                    decision: REVIEW
                    scope: consignment
                    when: consignment.origin ==
                """);
        assertThat(problems).extracting(PolicyProblem::toString).anySatisfy(p -> assertThat(p)
                .startsWith("p.yaml:11: error: rule R1: when: line has no field 'hs_chaptr'"));
        assertThat(problems).extracting(PolicyProblem::toString).anySatisfy(p -> assertThat(p)
                .startsWith("p.yaml:15: error: rule R2: when: 'line' is not there for a rule of scope hit"));
        assertThat(problems).extracting(PolicyProblem::toString).anySatisfy(p -> assertThat(p)
                .startsWith("p.yaml:19: error: rule R3: when: sets.embargo is not defined in the policy's sets"));
        assertThat(problems).extracting(PolicyProblem::toString).anySatisfy(p -> assertThat(p)
                .startsWith("p.yaml:23: error: rule R4: when: mismatched input '<EOF>'"));
        assertThatThrownBy(() -> PolicyLoader.load("p.yaml", (HEAD + "  - {id: X, decision: MAYBE, scope: line, when: 'true'}\n")
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(PolicyException.class)
                .hasMessage("p.yaml:6: error: rule X: decision: 'MAYBE' is not CLEAR, REVIEW or HOLD");
    }

    @Test
    void rulesThatCanNeverFire_areWarnings() {
        List<PolicyProblem> problems = check(HEAD + """
                  - {id: AIR, decision: HOLD, scope: consignment, when: "consignment.mode == 'air' && consignment.direction == 'import'"}
                  - {id: EMPTY, decision: HOLD, scope: consignment, when: "consignment.origin in sets.empty"}
                  - {id: SCORE, decision: HOLD, scope: hit, when: "hit.score > 1.0"}
                  - {id: FOLD, decision: HOLD, scope: line, when: "1 > 2 || false"}
                  - {id: FINE, decision: HOLD, scope: consignment, when: "consignment.mode == 'mail'"}
                  - {id: CLEARS, decision: CLEAR, scope: consignment, when: "true"}
                """);
        assertThat(problems).allMatch(p -> !p.isError());
        assertThat(problems).extracting(PolicyProblem::message).containsExactly(
                "rule AIR: can never fire: consignment.mode is one of ['', 'cargo', 'express', 'mail'], never 'air'",
                "rule EMPTY: can never fire: sets.empty is empty",
                "rule SCORE: can never fire: score is at most 1, never above 1.0",
                "rule FOLD: can never fire: the condition is always false",
                "rule CLEARS: a CLEAR rule never changes a decision (CLEAR is the least severe)");
    }

    @Test
    void unreadableYaml_isAnErrorWithItsLine() {
        assertThat(check("id: x\nrules: [\n")).extracting(PolicyProblem::line).containsExactly(3);
        assertThat(check("- a\n- b\n")).extracting(PolicyProblem::message)
                .containsExactly("a policy is a mapping of id, version, limits, sets, maps and rules");
    }
}
