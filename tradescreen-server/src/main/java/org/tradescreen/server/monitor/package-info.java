/** Monitoring in the server: the background work that keeps the stored counterparties screened. */
@NullMarked
package org.tradescreen.server.monitor;

import org.jspecify.annotations.NullMarked;
