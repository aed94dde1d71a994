package org.tradescreen.lists.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScopeClauseTest {

    @Test
    void theScopeClauseIsNotPartOfTheName() {
        assertThat(ScopeClause.stripped("Sinobright Import and Export Company; and any successor, sub-unit, or subsidiary thereof"))
                .isEqualTo("Sinobright Import and Export Company");
        assertThat(ScopeClause.stripped("Poly Technologies Incorporated (PTI), and its sub-units and successors"))
                .isEqualTo("Poly Technologies Incorporated (PTI)");
        assertThat(ScopeClause.stripped("OTOBOT Project Group and any successor, sub-unit, or subsidiary thereof"))
                .isEqualTo("OTOBOT Project Group");
        assertThat(ScopeClause.clause("PTI, and its sub-units and successors")).hasValue("and its sub-units and successors");
    }

    @Test
    void namesWithoutAClauseAreLeftAlone() {
        assertThat(ScopeClause.stripped("Successor Holdings and Subsidiaries Ltd")).isEqualTo("Successor Holdings and Subsidiaries Ltd");
        assertThat(ScopeClause.stripped("Johnson and Johnson")).isEqualTo("Johnson and Johnson");
        assertThat(ScopeClause.clause("Johnson and Johnson")).isEmpty();
    }
}
