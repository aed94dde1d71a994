/**
 * The data directory opened: its store and everything that works on it (loader, as-of screeners, audit log, alerts,
 * users, cases, monitoring), wired in one place for the command line, the server and the tests. The top of the core:
 * nothing in the core depends on it.
 */
@NullMarked
package org.tradescreen.workspace;

import org.jspecify.annotations.NullMarked;
