/** JMH benchmarks and footprint reports for the screening index and the matcher. */
@NullMarked
package org.tradescreen.bench.match;

import org.jspecify.annotations.NullMarked;
