package org.tradescreen.consign.screen;

import org.jspecify.annotations.Nullable;
import org.tradescreen.consign.policy.Decision;

/**
 * Why a consignment got its decision: one rule that fired, with what a person needs to act on it. {@code party}
 * ("shipper: ACME Ltd") or {@code lineNo} says what it concerns; for a list hit, {@code entityId}, {@code list}
 * and {@code listedOn} name the entry and {@code matched} the words that matched; for goods, {@code substance}
 * and {@code citation} name the control. Fields that do not apply are null.
 */
public record Reason(String rule, Decision decision, @Nullable String party, @Nullable Integer lineNo, String text, @Nullable String entityId,
                     @Nullable String list, @Nullable String listedOn, @Nullable String substance, @Nullable String citation, @Nullable String matched, @Nullable Double score) {
}
