package org.tradescreen.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinksTest {

    @Test
    void entity_keepsTheColonAndEncodesTheRest() {
        assertThat(Links.entity("us-csl:d834b1e5")).isEqualTo("/entity/us-csl:d834b1e5");
        assertThat(Links.entity("eu-fsf", "EU.123/4 a")).isEqualTo("/entity/eu-fsf:EU.123%2F4%20a");
        assertThat(Links.entity("x:é")).isEqualTo("/entity/x:%C3%A9");
    }

    @Test
    void diff_linksBothVersions() {
        assertThat(Links.diff("us-csl", 4, 5)).isEqualTo("/lists/us-csl/diff?from=4&to=5");
    }
}
