package org.tradescreen.match.index;

import org.jspecify.annotations.Nullable;

/**
 * A list an index's entities are listed in: the source it is stored in, and the list code and list name the
 * entities' listings give (the Entity List, SDN… of a consolidated source), either absent when a listing gives none.
 */
public record ListedIn(String source, @Nullable String list, @Nullable String listName) {
}
