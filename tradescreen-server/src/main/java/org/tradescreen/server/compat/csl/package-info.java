/**
 * The trade.gov Consolidated Screening List API, answered as trade.gov answers it so that existing clients work
 * unchanged: {@link org.tradescreen.server.compat.csl.CslApi} reads a {@link org.tradescreen.server.compat.csl.CslQuery}
 * and {@link org.tradescreen.server.compat.csl.CslSearch} runs it on one compiled index.
 */
@NullMarked
package org.tradescreen.server.compat.csl;

import org.jspecify.annotations.NullMarked;
