/**
 * The documents the commands print with {@code --json} and the HTTP API returns: one type per document,
 * so that the command line and the server always say the same thing.
 */
package org.tradescreen.report;
