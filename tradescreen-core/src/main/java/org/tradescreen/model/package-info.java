/**
 * The domain model: an {@link org.tradescreen.model.Entity} is one entry of one list in one snapshot,
 * with its names, addresses, identifiers, birth dates and {@link org.tradescreen.model.Listing}. Every
 * list format parses into these types; history, matching and the API read only these types.
 */
@NullMarked
package org.tradescreen.model;

import org.jspecify.annotations.NullMarked;
