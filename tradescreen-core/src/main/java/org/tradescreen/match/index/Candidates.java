package org.tradescreen.match.index;

/**
 * What retrieval found for one query: name ids, best first, each with the weight of the query's own tokens found
 * in it (which the screener uses for a cheap upper bound of the score). A value: it holds no state of the index.
 */
public record Candidates(int[] names, float[] found) {

    public int size() {
        return names.length;
    }

    public int name(int i) {
        return names[i];
    }

    public double found(int i) {
        return found[i];
    }
}
