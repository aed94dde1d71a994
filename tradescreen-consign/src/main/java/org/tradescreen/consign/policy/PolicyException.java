package org.tradescreen.consign.policy;

import java.util.List;

/** A policy that cannot be used; the message is the first error, {@link #problems()} has them all. */
public final class PolicyException extends IllegalArgumentException {

    private final transient List<PolicyProblem> problems;

    public PolicyException(List<PolicyProblem> problems) {
        super(problems.stream().filter(PolicyProblem::isError).findFirst().map(PolicyProblem::toString)
                .orElse("the policy cannot be used"));
        this.problems = List.copyOf(problems);
    }

    public List<PolicyProblem> problems() {
        return problems;
    }
}
