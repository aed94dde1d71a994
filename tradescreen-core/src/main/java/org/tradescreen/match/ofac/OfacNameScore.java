package org.tradescreen.match.ofac;

import java.util.List;
import java.util.Objects;

/**
 * A name score that reproduces what OFAC's Sanctions List Search shows in its Score column, so that a
 * user can reconcile our results with the Treasury's tool. It compares one query with one list name
 * (primary name or alias, as the list writes it, "SURNAME, Given" included) and returns 0..100: 100 for
 * the same parts in any order, 0 when the tool would not have returned the name. It is deliberately as
 * permissive as the tool ("VLADIMIR PUTIN" scores 90 against the vessel "VLADIMIR BILIY") and is meant
 * for reconciliation, not as our own match decision. Stateless and thread-safe.
 *
 * <pre>{@code
 * OfacNameScore ofac = new OfacNameScore();
 * ofac.score("VLADIMIR PUTIN", "PUTIN, Vladimir");   // 100
 * ofac.score("PUTIN VLADIMIR", "TURIN, Vladimir");   // 92, as the tool
 * }</pre>
 */
public final class OfacNameScore {

    /** Stable name of this algorithm, for stamping results. */
    public static final String NAME = "ofac-sls-2021";

    private final OfacScoreTuning tuning;
    private final JaroWinkler jaroWinkler;

    public OfacNameScore() {
        this(OfacScoreTuning.DEFAULT);
    }

    public OfacNameScore(OfacScoreTuning tuning) {
        this.tuning = Objects.requireNonNull(tuning, "tuning");
        this.jaroWinkler = new JaroWinkler(tuning.prefixCap());
    }

    /** The score OFAC's tool would show for {@code listName} when searching for {@code query}, 0..100. */
    public int score(String query, String listName) {
        return explain(query, listName).score();
    }

    /** The score with the two techniques behind it. */
    public OfacScoreDetail explain(String query, String listName) {
        List<String> queryParts = NameParts.of(Objects.requireNonNull(query, "query"));
        List<String> listParts = NameParts.of(Objects.requireNonNull(listName, "list name"));
        if (!Prefilter.retrieves(queryParts, listParts)) {
            return OfacScoreDetail.NOT_RETRIEVED;
        }
        // Joined without spaces: fits the tool's scores far better than with them ("GEORGE BUSH" against
        // "GAP, Gure": 64 as OFAC, 69 with spaces).
        double wholeName = jaroWinkler.similarity(String.join("", queryParts), String.join("", listParts));
        double nameParts = nameParts(queryParts, listParts);
        int score = (int) Math.round(100 * Math.max(wholeName, nameParts));
        return new OfacScoreDetail(score, wholeName, nameParts, true);
    }

    /**
     * The mean over query parts of each part's best Jaro-Winkler against a list part it is admitted to.
     * Unmatched list parts cost nothing ("PUTIN, Vladimir Vladimirovich" scores 100); an unmatched query
     * part adds 0 ("GEORGE BUSH" against "HASWANI, George": 50).
     */
    private double nameParts(List<String> queryParts, List<String> listParts) {
        List<String> counted = queryParts.stream().filter(p -> p.length() > tuning.shortPartLength()).toList();
        if (counted.isEmpty()) {
            counted = queryParts;
        }
        double sum = 0;
        for (String q : counted) {
            double best = 0;
            for (String l : listParts) {
                if (Prefilter.admits(q, l)) {
                    best = Math.max(best, jaroWinkler.similarity(q, l));
                }
            }
            sum += best;
        }
        return sum / counted.size();
    }
}
