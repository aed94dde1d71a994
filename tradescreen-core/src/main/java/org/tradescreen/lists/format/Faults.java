package org.tradescreen.lists.format;

import java.util.ArrayList;
import java.util.List;

/** Where damage found while reading goes: thrown at once by default, kept as problems under lenient. */
public final class Faults {

    private final boolean lenient;
    private final List<Problem> problems;

    /** @param repairs what reading the text already repaired (kept first) */
    public Faults(boolean lenient, List<Problem> repairs) {
        this.lenient = lenient;
        this.problems = new ArrayList<>(repairs);
    }

    /** A record that cannot be read: the parse fails with it, or under lenient it is kept and the parse goes on. */
    public void report(ListFormatException fault) {
        if (!lenient) {
            throw fault;
        }
        problems.add(Problem.of(fault));
    }

    /** A repair made while reading (as {@code repairs}, for a text read as it goes). */
    public void repaired(Problem repair) {
        problems.add(repair);
    }

    public List<Problem> problems() {
        return problems;
    }
}
