package org.tradescreen.match.ofac;

/**
 * The two constants of the OFAC score that the FAQ does not give and were fitted to the real scores of
 * {@code ofac2021_fixtures.csv} by 5-fold cross-validation grouped by query (every fold chose the
 * {@link #DEFAULT}; see {@code docs/quality-ofac-mode.md}). Everything else follows the FAQ or the
 * textbook Jaro-Winkler.
 *
 * @param prefixCap how many shared leading characters earn Winkler's bonus. Winkler used 4,
 *     SimMetrics 6; OFAC's scores fit 5: "VLADIMIR PUTIN" against "VLADIMIR BILIY" gives 88 with 4,
 *     90 with 5 (OFAC 90) and 92 with 6.
 * @param shortPartLength query parts this long or shorter are left out of the name-part average unless
 *     every part is that short: "KIM JONG UN" against "KIM, Jong Man" gives 100 as OFAC does only if
 *     "UN" is left out (95 with it); a query of "Z" still scores on "Z".
 */
public record OfacScoreTuning(int prefixCap, int shortPartLength) {

    /** Prefix cap 5, parts of 2 characters or fewer left out. */
    public static final OfacScoreTuning DEFAULT = new OfacScoreTuning(5, 2);

    public OfacScoreTuning {
        // A cap above 10 would let the bonus lift a score above 1.
        if (prefixCap < 0 || prefixCap > 10) {
            throw new IllegalArgumentException("prefix cap must be between 0 and 10, was " + prefixCap);
        }
        if (shortPartLength < 0) {
            throw new IllegalArgumentException("short part length must not be negative, was " + shortPartLength);
        }
    }
}
