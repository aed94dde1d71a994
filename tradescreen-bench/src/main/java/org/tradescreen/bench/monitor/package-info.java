/** Monitoring at scale: a synthetic base of a million counterparties, and what re-screening it costs. */
@NullMarked
package org.tradescreen.bench.monitor;

import org.jspecify.annotations.NullMarked;
