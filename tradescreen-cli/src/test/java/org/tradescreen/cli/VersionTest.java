package org.tradescreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tradescreen.Version;

/** One version string, from the build, on every command. */
class VersionTest {

    @Test
    void everyCommand_printsTheBuildsVersion() {
        assertThat(Version.current()).as("filtered from the Maven project version").matches("\\d+\\.\\d+\\.\\d+.*");
        for (String[] args : new String[][] {{"--version"}, {"screen", "--version"}, {"lists", "load", "--version"}}) {
            CliRun r = CliRun.of(args);
            assertThat(r.exit()).isZero();
            assertThat(r.out().strip()).as(String.join(" ", args)).isEqualTo("tradescreen " + Version.current());
        }
    }
}
