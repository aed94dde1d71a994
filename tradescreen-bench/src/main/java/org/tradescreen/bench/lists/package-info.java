/** JMH benchmarks and footprint reports for parsing, storing and diffing lists. */
package org.tradescreen.bench.lists;
