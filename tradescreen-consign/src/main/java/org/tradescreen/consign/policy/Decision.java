package org.tradescreen.consign.policy;

/** What to do with a consignment, from least to most severe; a consignment takes its worst reason's. */
public enum Decision {
    CLEAR, REVIEW, HOLD;

    public Decision worst(Decision other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
