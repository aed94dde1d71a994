/** JMH benchmarks of goods screening: descriptions and structures. */
@NullMarked
package org.tradescreen.bench.goods;

import org.jspecify.annotations.NullMarked;
