package org.tradescreen.match;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The name-scoring algorithms a screening can use, by stable name. {@code tradescreen-v1} is ours;
 * {@code ofac} reproduces the score of OFAC's Sanctions List Search tool so that users can reconcile
 * with it (name only: that tool does not weigh birth dates or countries).
 */
public enum Algorithm {
    TRADESCREEN(Algorithm.DEFAULT_CODE, Algorithm.DEFAULT_CODE),
    OFAC("ofac", org.tradescreen.match.ofac.OfacNameScore.NAME);

    /** The code of the default algorithm, for options that name it (an annotation needs a constant). */
    public static final String DEFAULT_CODE = "tradescreen-v1";

    private final String code;
    private final String stamp;

    Algorithm(String code, String stamp) {
        this.code = code;
        this.stamp = stamp;
    }

    /** What a request names it by: {@code tradescreen-v1}, {@code ofac}. */
    public String code() {
        return code;
    }

    /** The name and version stamped on every explanation it scores: {@code tradescreen-v1}, {@code ofac-sls-2021}. */
    public String stamp() {
        return stamp;
    }

    public static Algorithm of(String code) {
        for (Algorithm a : values()) {
            if (a.code.equals(code) || a.name().equalsIgnoreCase(code)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown algorithm '" + code + "'; known: "
                + Arrays.stream(values()).map(Algorithm::code).collect(Collectors.joining(", ")));
    }
}
