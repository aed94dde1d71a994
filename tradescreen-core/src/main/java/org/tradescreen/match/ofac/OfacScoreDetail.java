package org.tradescreen.match.ofac;

/**
 * How one OFAC-compatible score came about: the two techniques of FAQ 249 on a 0..1 scale and the
 * reported score, the higher of the two in points. {@code retrieved} is false when the tool's
 * pre-filter would not have returned the list name at all; the score is then 0.
 *
 * @param score 0..100, what {@link OfacNameScore#score} returns
 * @param wholeName {@code wholeName}: Jaro-Winkler of the whole names, parts joined without spaces
 * @param nameParts {@code nameParts}: the mean over query parts of each part's best admitted match
 * @param retrieved whether some pair of parts passes the pre-filter
 */
public record OfacScoreDetail(int score, double wholeName, double nameParts, boolean retrieved) {

    static final OfacScoreDetail NOT_RETRIEVED = new OfacScoreDetail(0, 0, 0, false);

    /** The stable label of the technique that gave the score: "wholeName", "nameParts" or "notRetrieved". */
    public String technique() {
        if (!retrieved) {
            return "notRetrieved";
        }
        return wholeName >= nameParts ? "wholeName" : "nameParts";
    }
}
