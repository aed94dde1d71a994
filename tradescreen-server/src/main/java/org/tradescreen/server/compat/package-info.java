/**
 * What the compatible APIs share: paging ({@link org.tradescreen.server.compat.Page}) and the plain word search
 * beside fuzzy matching ({@link org.tradescreen.server.compat.WordSearch}).
 */
@NullMarked
package org.tradescreen.server.compat;

import org.jspecify.annotations.NullMarked;
