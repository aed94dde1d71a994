/** Monitoring in the server: the background work that keeps the stored counterparties screened. */
package org.tradescreen.server.monitor;
