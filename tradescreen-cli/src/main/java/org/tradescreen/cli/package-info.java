/**
 * The {@code tradescreen} command line (picocli). {@link org.tradescreen.cli.Main} maps results and errors
 * to exit statuses and is the only place that exits; {@link org.tradescreen.cli.Workspace} wires the data
 * directory, the store, the loader and the as-of screeners. JSON goes to stdout, notes to stderr.
 */
@NullMarked
package org.tradescreen.cli;

import org.jspecify.annotations.NullMarked;
import org.tradescreen.workspace.Workspace;
