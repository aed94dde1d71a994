/**
 * The review load test: {@link org.tradescreen.bench.review.ReviewLoad} has many reviewers work the alert queue of
 * a running server at once over HTTP, then checks that no update was lost.
 */
@NullMarked
package org.tradescreen.bench.review;

import org.jspecify.annotations.NullMarked;
