package org.tradescreen.match.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradescreen.match.ofac.OfacScoreFixtures.Agreement;
import org.tradescreen.match.ofac.OfacScoreFixtures.Scored;
import org.tradescreen.testkit.NeedsEvaluationSets;

/** Agreement with the 170 real scores of OFAC's tool; prints the figures and the worst disagreements. */
@NeedsEvaluationSets
class OfacScoreAgreementTest {

    private final OfacNameScore ofac = new OfacNameScore();

    @Test
    void realScores_ninetyPercentWithinFivePoints() {
        List<Scored> scored = OfacScoreFixtures.score(OfacScoreFixtures.load(), ofac::score);
        Agreement agreement = OfacScoreFixtures.agreement(scored);

        System.out.println("OFAC score agreement (" + OfacNameScore.NAME + ", " + OfacScoreTuning.DEFAULT + "): "
                + agreement);
        System.out.println("worst 10 (query | list name | OFAC | ours | technique):");
        for (Scored s : OfacScoreFixtures.worst(scored, 10)) {
            OfacScoreDetail d = ofac.explain(s.row().query(), s.row().listName());
            System.out.printf("  %s | %s | %d | %d | %s wholeName=%.3f nameParts=%.3f%n", s.row().query(),
                    s.row().listName(), s.row().ofacScore(), s.score(), d.technique(), d.wholeName(), d.nameParts());
        }

        assertThat(agreement.rows()).isEqualTo(170);
        assertThat(agreement.share()).isGreaterThanOrEqualTo(0.90);
    }
}
