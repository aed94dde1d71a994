/**
 * Monitoring: a stored base of counterparties re-screened whenever the lists in force change, at a cost set by
 * the change rather than by the base. {@link org.tradescreen.monitor.Counterparties} keeps the base,
 * {@link org.tradescreen.monitor.CounterpartyIndex} finds which counterparties a changed entry could match, and
 * {@link org.tradescreen.monitor.Monitor} screens those against the changed entries, records what matches and
 * raises the alerts; a full sweep checks the deltas.
 */
@NullMarked
package org.tradescreen.monitor;

import org.jspecify.annotations.NullMarked;
