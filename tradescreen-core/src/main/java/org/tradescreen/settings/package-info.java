/**
 * Where a command keeps its data and what the team configured: the data directory, the store it names, the settings of
 * {@code tradescreen.properties}, the compiled indexes kept between runs. Above the pipeline: the command line, the
 * server and the Spark driver open their store through it.
 */
@NullMarked
package org.tradescreen.settings;

import org.jspecify.annotations.NullMarked;
