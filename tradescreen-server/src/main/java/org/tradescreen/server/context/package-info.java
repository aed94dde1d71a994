/**
 * What every part of the server is handed at start-up ({@code ServerContext}): the store, the lists, the review and
 * audit services, the goods and consignment screeners. Apart from {@code TradescreenServer}, which wires the parts, so
 * that the parts never depend back on the wiring.
 */
@NullMarked
package org.tradescreen.server.context;

import org.jspecify.annotations.NullMarked;
