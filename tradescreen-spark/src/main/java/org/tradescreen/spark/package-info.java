/**
 * Batch screening on Apache Spark, for bases too large for one machine. The driver compiles the lists as of a date
 * once, as the command line does, and broadcasts the compiled index as bytes ({@link org.tradescreen.spark.IndexBroadcast});
 * each executor reads it once per list version and screens its partitions of the input with the same per-row code as
 * {@code screen-file} ({@link org.tradescreen.match.batch.BatchScreening}), so the output is the command line's, row for
 * row. The driver then writes the output, the audit record and the alerts ({@link org.tradescreen.spark.ScreenFileJob}).
 * Spark itself is the cluster's: this module compiles against it and ships without it.
 */
@NullMarked
package org.tradescreen.spark;

import org.jspecify.annotations.NullMarked;
