package org.tradescreen.match.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link NameParts}: table of real list spellings, plus the contract of every normalisation step. */
class OfacScoreNamePartsTest {

    private static void checkParts(String name, String... expected) {
        assertThat(NameParts.of(name)).as(name).containsExactly(expected);
    }

    @Test
    void table() {
        checkParts("PUTIN, Vladimir Vladimirovich", "PUTIN", "VLADIMIR", "VLADIMIROVICH");
        checkParts("AL-QAEDA", "AL", "QAEDA");
        checkParts("  AL   QAEDA ", "AL", "QAEDA");
        checkParts("O'BRIEN, Christopher", "OBRIEN", "CHRISTOPHER");
        checkParts("O\u2019BRIEN", "OBRIEN");
        checkParts("KIM, So'ng-hun", "KIM", "SONG", "HUN");
        checkParts("J.P. MORGAN", "J", "P", "MORGAN");
        checkParts("AL FAWAZ, Khalid Abdulrahman H.", "AL", "FAWAZ", "KHALID", "ABDULRAHMAN", "H");
        checkParts("MEHMOOD, Dr. Bashir Uddin", "MEHMOOD", "DR", "BASHIR", "UDDIN");
        checkParts("SEA STAR 1", "SEA", "STAR", "1");
    }

    @Test
    void otherScripts_keptNotTransliterated() {
        checkParts("Владимир Путин", "ВЛАДИМИР", "ПУТИН");
        checkParts("José", "JOSÉ");
        checkParts("Jose\u0301", "JOSÉ");
    }

    @Test
    void empty_givesNoParts() {
        checkParts("");
        checkParts("   ");
        checkParts(",.-'");
    }

    @Test
    void random_idempotentAndNeverEmptyParts() {
        Random random = new Random(42);
        String alphabet = "abcXYZ é'-,. \u2019Д1";
        for (int n = 0; n < 2000; n++) {
            StringBuilder name = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<String> parts = NameParts.of(name.toString());
            assertThat(parts).as(name.toString()).doesNotContain("");
            assertThat(NameParts.of(String.join(" ", parts))).as(name.toString()).isEqualTo(parts);
        }
    }
}
