package org.tradescreen.match.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The behaviours of the OFAC score, each pinned by a score the tool itself showed. */
class OfacNameScoreTest {

    private final OfacNameScore ofac = new OfacNameScore();

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # any order of parts, extra list parts free
            VLADIMIR PUTIN      | PUTIN, Vladimir                 | 100
            PUTIN VLADIMIR      | PUTIN, Vladimir Vladimirovich   | 100
            # a typo in one part
            VLADIMR PUTIN       | PUTIN, Vladimir                 | 99
            # punctuation separates parts, apostrophes join
            AL-QAEDA            | AL QAEDA                        | 100
            ABD AL RAHMAN       | 'ABD AL-RAHMAN                  | 100
            # parts of two letters or fewer are left out of the average
            KIM JONG UN         | KIM, Jong Man                   | 100
            J.P. MORGAN         | MORGAN HUERTA, Jose Arnoldo     | 100
            # ...unless the query has nothing else
            Z                   | ALBARRAQ Z                      | 100
            # wholeName: parts joined, the shared prefix dominates
            VLADIMIR PUTIN      | VLADIMIR BILIY                  | 90
            PUTIN VLADIMIR      | TURIN, Vladimir                 | 92
            GEORGE BUSH         | GAP, Gure                       | 64
            # nameParts: an unmatched query part adds 0
            GEORGE BUSH         | HASWANI, George                 | 50
            # ...and so does a part the pre-filter refuses (BUSH/BOUTROS: 29% similar)
            GEORGE BUSH         | OBEID, Boutros Georges          | 57
            # not retrieved: no pair shares a first letter and half its letters
            ALQAEDA             | AL QAEDA                        | 0
            Владимир Путин      | PUTIN, Vladimir                 | 0
            """)
    void realScores(String query, String listName, int expected) {
        assertThat(ofac.score(query, listName)).isEqualTo(expected);
    }

    @Test
    void explain_namesTheTechnique() {
        assertThat(ofac.explain("PUTIN VLADIMIR", "TURIN, Vladimir").technique()).isEqualTo("wholeName");
        assertThat(ofac.explain("VLADIMIR PUTIN", "PUTIN, Vladimir").technique()).isEqualTo("nameParts");
        OfacScoreDetail hidden = ofac.explain("ALQAEDA", "AL QAEDA");
        assertThat(hidden.technique()).isEqualTo("notRetrieved");
        assertThat(hidden.retrieved()).isFalse();
    }

    @Test
    void empty_scoresZero() {
        assertThat(ofac.score("", "PUTIN, Vladimir")).isZero();
        assertThat(ofac.score("PUTIN", "  ")).isZero();
        assertThat(ofac.score("-", "-")).isZero();
    }

    @Test
    void null_isRefusedByName() {
        assertThatThrownBy(() -> ofac.score(null, "PUTIN")).isInstanceOf(NullPointerException.class).hasMessage("query");
        assertThatThrownBy(() -> ofac.score("PUTIN", null)).isInstanceOf(NullPointerException.class).hasMessage("list name");
    }

    @Test
    void tuning_outOfRangeFailsNamingTheField() {
        assertThatThrownBy(() -> new OfacScoreTuning(11, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("prefix cap must be between 0 and 10, was 11");
        assertThatThrownBy(() -> new OfacScoreTuning(5, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("short part length must not be negative, was -1");
    }

    @Test
    void random_betweenZeroAndHundredAndHundredOnItself() {
        Random random = new Random(42);
        String alphabet = "ABEIMNORST ,-'";
        for (int n = 0; n < 2000; n++) {
            String a = randomName(random, alphabet);
            String b = randomName(random, alphabet);
            assertThat(ofac.score(a, b)).as("%s/%s", a, b).isBetween(0, 100);
            if (!NameParts.of(a).isEmpty()) {
                assertThat(ofac.score(a, a)).as(a).isEqualTo(100);
            }
        }
    }

    private static String randomName(Random random, String alphabet) {
        StringBuilder name = new StringBuilder();
        for (int i = random.nextInt(16); i > 0; i--) {
            name.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return name.toString();
    }
}
