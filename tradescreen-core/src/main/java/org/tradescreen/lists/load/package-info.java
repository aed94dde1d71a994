/**
 * Loading: from list files to a stored version, all or nothing, refusing empty or much-shrunk lists
 * unless forced and skipping content identical to its neighbour in published order.
 */
@NullMarked
package org.tradescreen.lists.load;

import org.jspecify.annotations.NullMarked;
