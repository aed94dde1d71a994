/**
 * Screening a file of parties row by row, the same wherever it runs: {@link org.tradescreen.match.batch.BatchRow}s
 * read by {@link org.tradescreen.match.batch.BatchRows} from CSV or JSON lines, each screened by
 * {@link org.tradescreen.match.batch.BatchScreening} into the result columns of {@code screen-file}. The command
 * line streams a file through it on one machine; the Spark job runs the same per-row code on each partition, which
 * is why its output equals the command line's row for row.
 */
@NullMarked
package org.tradescreen.match.batch;

import org.jspecify.annotations.NullMarked;
