/**
 * Candidate retrieval: the compiled, immutable {@link org.tradescreen.match.index.ScreeningIndex}. It ranks
 * names likely to match a query without scanning all names; it decides nothing.
 */
@NullMarked
package org.tradescreen.match.index;

import org.jspecify.annotations.NullMarked;
