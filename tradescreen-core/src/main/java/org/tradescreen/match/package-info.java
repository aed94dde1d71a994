/**
 * Party screening, the public face of the matcher: a {@link org.tradescreen.match.Screener} over one
 * compiled index answers {@code screen(Query)} with {@link org.tradescreen.match.Hit}s and their
 * {@link org.tradescreen.match.Explanation}s; {@link org.tradescreen.match.ListsAsOf} builds screeners for
 * the lists as they stood on a date; {@link org.tradescreen.match.NameComparator} compares two names.
 * The pipeline is in the sub-packages: {@code normalize} (analysis chain), {@code index} (candidates),
 * {@code score} (decisions), {@code phonetic} (cross-script), {@code ofac} (OFAC-compatible scores).
 */
@NullMarked
package org.tradescreen.match;

import org.jspecify.annotations.NullMarked;
