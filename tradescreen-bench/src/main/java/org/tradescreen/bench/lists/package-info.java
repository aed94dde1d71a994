/** JMH benchmarks and footprint reports for parsing, storing and diffing lists. */
@NullMarked
package org.tradescreen.bench.lists;

import org.jspecify.annotations.NullMarked;
