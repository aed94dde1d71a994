package org.tradescreen.lists.format.ftm;

import java.util.ArrayList;
import java.util.List;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.format.Problem;

/** Where damage found while reading goes: thrown at once by default, kept as problems under lenient. */
final class Faults {

    private final boolean lenient;
    private final List<Problem> problems;

    Faults(boolean lenient, List<Problem> repairs) {
        this.lenient = lenient;
        this.problems = new ArrayList<>(repairs);
    }

    void report(ListFormatException fault) {
        if (!lenient) {
            throw fault;
        }
        problems.add(Problem.of(fault));
    }

    List<Problem> problems() {
        return problems;
    }
}
