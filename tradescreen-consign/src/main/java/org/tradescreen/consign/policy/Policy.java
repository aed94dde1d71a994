package org.tradescreen.consign.policy;

import dev.cel.runtime.CelEvaluationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A loaded, compiled policy: its identity (id, version, and the SHA-256 of the file, stamped on every decision),
 * its limits, sets and maps, and its rules. Immutable and thread-safe: {@link #fires} may run on many threads.
 */
public final class Policy {

    /** The identity a decision is stamped with. */
    public record Stamp(String id, String version, String sha256) {
    }

    /** A rule's outcome for one item: fired or not, or the error that kept it from being evaluated. */
    public record Outcome(boolean fired, @Nullable String error) {
        static final Outcome FIRED = new Outcome(true, null);
        static final Outcome NOT = new Outcome(false, null);
    }

    private final Stamp stamp;
    private final Map<String, Double> limits;
    private final Map<String, List<String>> sets;
    private final Map<String, Map<String, List<String>>> maps;
    private final List<Rule> rules;
    private final Set<String> phrases;

    Policy(Stamp stamp, Map<String, Double> limits, Map<String, List<String>> sets,
           Map<String, Map<String, List<String>>> maps, List<Rule> rules, Set<String> phrases) {
        this.stamp = stamp;
        this.limits = Map.copyOf(limits);
        this.sets = Map.copyOf(sets);
        this.maps = Map.copyOf(maps);
        this.rules = List.copyOf(rules);
        this.phrases = Set.copyOf(phrases);
    }

    public Stamp stamp() {
        return stamp;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** A limit by name (a score threshold), or {@code fallback} when the policy has none. */
    public double limit(String name, double fallback) {
        return limits.getOrDefault(name, fallback);
    }

    /**
     * Every word and phrase the policy's sets and maps hold, in lower case: the screening reports which of them a
     * description or a party's name contains ({@code line.phrases}, {@code party.name_phrases}).
     */
    public Set<String> phrases() {
        return phrases;
    }

    /**
     * Evaluates one rule for one item. {@code facts} holds the variables of the rule's scope ({@code consignment},
     * {@code party}, {@code hit}, {@code contact} or {@code line}). A condition that cannot be evaluated (a value of
     * an unexpected type, say) is an error outcome, never a silent "not fired".
     */
    public Outcome fires(Rule rule, Map<String, Object> facts) {
        Map<String, Object> vars = new HashMap<>(facts.size() + 3);
        vars.putAll(facts);
        vars.put("sets", sets);
        vars.put("limits", limits);
        vars.put("maps", maps);
        try {
            Object result = rule.program().eval(vars);
            if (result instanceof Boolean b) {
                return b ? Outcome.FIRED : Outcome.NOT;
            }
            return new Outcome(false, "the condition gave " + result + ", not true or false");
        } catch (CelEvaluationException e) {
            return new Outcome(false, e.getMessage());
        }
    }
}
