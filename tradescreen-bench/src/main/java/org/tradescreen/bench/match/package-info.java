/** JMH benchmarks and footprint reports for the screening index and the matcher. */
package org.tradescreen.bench.match;
