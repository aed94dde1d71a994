package org.tradescreen.match;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The name-scoring algorithms a screening can use, by stable name. {@code tradescreen-v1} is ours;
 * {@code ofac} reproduces the score of OFAC's Sanctions List Search tool so that users can reconcile
 * with it (name only: that tool does not weigh birth dates or countries).
 */
public enum Algorithm {
    TRADESCREEN("tradescreen-v1"), OFAC("ofac");

    private final String code;

    Algorithm(String code) {
        this.code = code;
    }

    public String code() {
        return code;
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
