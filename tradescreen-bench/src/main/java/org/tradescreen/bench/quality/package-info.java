/**
 * The matching-quality harness: one evaluation per set of ../shared/data/eval, printed as one table by
 * {@link org.tradescreen.bench.quality.QualityReport}.
 */
@NullMarked
package org.tradescreen.bench.quality;

import org.jspecify.annotations.NullMarked;
