/**
 * Alerts and their review: {@link org.tradescreen.review.Alert}s on possible matches, worked under the four-eyes
 * rule ({@link org.tradescreen.review.Alerts}), the allow-list of agreed false positives, cases that group alerts
 * ({@link org.tradescreen.review.Cases}) and the signed, redacted bundles that share them, and the
 * {@link org.tradescreen.review.User users} who review with their {@link org.tradescreen.review.Role roles}.
 */
@NullMarked
package org.tradescreen.review;

import org.jspecify.annotations.NullMarked;
