/** Monitoring at scale: a synthetic base of a million counterparties, and what re-screening it costs. */
package org.tradescreen.bench.monitor;
