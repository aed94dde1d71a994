package org.tradescreen.match.normalize;

/**
 * One step of the analysis chain that works on the whole text before it is cut into tokens. Each step
 * has a stable name, does one job, is idempotent, never returns null, and maps "" to "".
 */
public interface TextStep {

    /** The stable name used in {@link NameAnalyzer#toString()}, e.g. "unicodeFold". */
    String name();

    String apply(String text);
}
