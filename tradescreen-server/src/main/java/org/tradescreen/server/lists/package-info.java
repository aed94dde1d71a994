/**
 * The lists a running server screens against: {@link org.tradescreen.server.lists.LiveLists}, one compiled index
 * replaced whole, and {@link org.tradescreen.server.lists.ListRefresher}, which stores new list versions (fetched or
 * uploaded) and swaps the index.
 */
@NullMarked
package org.tradescreen.server.lists;

import org.jspecify.annotations.NullMarked;
