/**
 * History derived from snapshots: lists publish no removals, so {@link org.tradescreen.lists.history.ListDiff}
 * compares two versions and {@link org.tradescreen.lists.history.EntityHistory} walks every version of a
 * source in published order (listed, changed, delisted, relisted).
 */
@NullMarked
package org.tradescreen.lists.history;

import org.jspecify.annotations.NullMarked;
