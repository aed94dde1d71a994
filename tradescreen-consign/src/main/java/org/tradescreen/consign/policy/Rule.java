package org.tradescreen.consign.policy;

import dev.cel.runtime.CelRuntime;

/**
 * One rule of a policy: when its condition ({@code when}, in CEL) holds for an item of its scope, it fires with its
 * decision and becomes a reason. {@code line} is where the rule starts in the policy file.
 */
public record Rule(String id, Decision decision, Scope scope, String title, String when, int line,
                   CelRuntime.Program program) {
}
