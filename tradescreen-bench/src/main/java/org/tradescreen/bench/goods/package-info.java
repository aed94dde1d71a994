/** JMH benchmarks of goods screening: descriptions and structures. */
package org.tradescreen.bench.goods;
