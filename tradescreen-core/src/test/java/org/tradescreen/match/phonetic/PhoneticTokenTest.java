package org.tradescreen.match.phonetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The prepared token's contract: keys hold only a-z, nothing is null, an empty token stays empty. */
class PhoneticTokenTest {

    private static final Romanizer ROMANIZER = new Romanizer();

    @Test
    void of_detectsTheScriptAndRomanizesOnce() {
        PhoneticToken token = PhoneticToken.of("克 魯 森", ROMANIZER);

        assertThat(token).isEqualTo(new PhoneticToken("克 魯 森", NameScript.HAN, "kelusen"));
        assertThat(token.isEmpty()).isFalse();
    }

    @Test
    void of_emptyToken_isEmptyNotNull() {
        PhoneticToken token = PhoneticToken.of("", ROMANIZER);

        assertThat(token.key()).isEmpty();
        assertThat(token.script()).isEqualTo(NameScript.OTHER);
        assertThat(token.isEmpty()).isTrue();
    }

    @Test
    void of_itsOwnKey_givesTheSameKey() {
        String key = PhoneticToken.of("Владимир", ROMANIZER).key();

        assertThat(PhoneticToken.of(key, ROMANIZER).key()).isEqualTo(key);
    }

    @Test
    void constructor_keyWithOtherThanLettersAtoZ_isRefusedNamingTheKey() {
        assertThatThrownBy(() -> new PhoneticToken("Kösen", NameScript.LATIN, "kösen"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'kösen'");
        assertThatThrownBy(() -> new PhoneticToken("x", NameScript.LATIN, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("key");
    }
}
