/**
 * The documents the commands print with {@code --json} and the HTTP API returns: one type per document,
 * so that the command line and the server always say the same thing.
 */
@NullMarked
package org.tradescreen.report;

import org.jspecify.annotations.NullMarked;
