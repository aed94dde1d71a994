/**
 * Benchmarks and evaluation, apart from the application: shared inputs and the naive baseline
 * ({@link org.tradescreen.bench.NaiveScreener}). Figures go to docs/benchmarks.md and docs/quality.md.
 */
@NullMarked
package org.tradescreen.bench;

import org.jspecify.annotations.NullMarked;
