package org.tradescreen.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.testing.TestStores;

/** Adding, listing and removing webhooks; what is refused, and why. */
class WebhooksTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "hooks.example.com/tradescreen", "/hook", "ftp://hooks.example.com/x",
            "mailto:ops@example.com", "http://", "http://exa mple.com/"})
    void aUrlThatCannotBeDeliveredTo_isRefusedWithAReason(String url) throws Exception {
        try (Database db = TestStores.fresh("h2")) {
            Webhooks webhooks = new Webhooks(db, Clock.systemUTC());
            assertThatThrownBy(() -> webhooks.add(url, null)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("webhook URL");
            assertThat(webhooks.list()).isEmpty();
        }
    }

    @Test
    void aSecretIsMadeWhenNotGiven_andAGivenOneMustBeFitToSignWith() throws Exception {
        try (Database db = TestStores.fresh("h2")) {
            Webhooks webhooks = new Webhooks(db, Clock.systemUTC());
            Webhooks.Webhook made = webhooks.add("https://hooks.example.com/tradescreen", null);
            Webhooks.Webhook other = webhooks.add("HTTP://127.0.0.1:8080/in", null);

            assertThat(made.secret()).matches("[0-9a-f]{64}").isNotEqualTo(other.secret());
            assertThat(made.toString()).doesNotContain(made.secret());
            assertThatThrownBy(() -> webhooks.add("https://hooks.example.com/x", "short"))
                    .hasMessageContaining("16 to 200 characters");
            assertThatThrownBy(() -> webhooks.add("https://hooks.example.com/x", "with a space in the secret"))
                    .hasMessageContaining("printable ASCII");
            assertThat(webhooks.add("https://hooks.example.com/x", "given-secret-0123456789").secret())
                    .isEqualTo("given-secret-0123456789");
            assertThat(webhooks.list()).extracting(Webhooks.Webhook::id)
                    .containsExactly(made.id(), other.id(), made.id() + 2);

            webhooks.remove(made.id());
            webhooks.remove(made.id());
            assertThat(webhooks.list().get(0).active()).isFalse();
            assertThatThrownBy(() -> webhooks.remove(999)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("no webhook 999");
        }
    }
}
