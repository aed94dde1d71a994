package org.tradescreen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The server's tuning is a setting with a default, and a value it cannot run with is refused by name. */
class ServerSettingsTest {

    @Test
    void tuning_hasDefaults_andRefusesWhatTheServerCannotRunWith() {
        ServerSettings local = ServerSettings.local(0);
        assertThat(local.workerThreads()).isEqualTo(64);
        assertThat(local.updateAttempts()).isEqualTo(3);
        assertThat(local.withTuning(200, 5).workerThreads()).isEqualTo(200);

        assertThatThrownBy(() -> local.withTuning(16, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("server.threads");
        assertThatThrownBy(() -> local.withTuning(64, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("update.attempts");
    }
}
