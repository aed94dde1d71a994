/**
 * The consignment policy: a YAML file of rules whose CEL conditions are compiled and checked once when loaded
 * ({@link org.tradescreen.consign.policy.PolicyLoader}) into an immutable
 * {@link org.tradescreen.consign.policy.Policy}; each {@link org.tradescreen.consign.policy.Rule} that fires gives its
 * {@link org.tradescreen.consign.policy.Decision}. {@link org.tradescreen.consign.policy.FactSchema} is the contract
 * between the screening and the rules.
 */
@NullMarked
package org.tradescreen.consign.policy;

import org.jspecify.annotations.NullMarked;
