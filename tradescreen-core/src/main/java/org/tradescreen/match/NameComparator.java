package org.tradescreen.match;

import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.match.score.NameMatch;
import org.tradescreen.match.score.NameScorer;
import org.tradescreen.match.score.PreparedName;
import org.tradescreen.match.score.TokenWeights;
import org.tradescreen.model.EntityType;

/**
 * Compares two names directly, without a list: the {@code compare} command and the pairwise evaluation
 * use it. Both names go through the same analysis chain as list names; tokens are weighted by kind
 * only, since there is no list to tell how rare a token is. Thread-safe.
 */
public final class NameComparator {

    private final NameAnalyzer analyzer;
    private final NameScorer scorer = new NameScorer();

    public NameComparator(NameAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public NameMatch compare(String name1, String name2, EntityType type) {
        return scorer.score(prepare(name1), prepare(name2), type);
    }

    private PreparedName prepare(String name) {
        return new PreparedName(analyzer.analyze(name), TokenWeights.BY_KIND, analyzer.analyzeInScript(name));
    }
}
