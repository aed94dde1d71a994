/**
 * The matching-quality harness: one evaluation per set of ../shared/data/eval, printed as one table by
 * {@link org.tradescreen.bench.quality.QualityReport}.
 */
package org.tradescreen.bench.quality;
