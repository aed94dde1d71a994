/**
 * The registry of list formats: every reader of {@code lists.format}'s sub-packages by its {@code --format} name, and
 * detection of a file's format. Kept apart from the formats' shared parts, which every reader uses, so that the
 * package graph has no cycle.
 */
@NullMarked
package org.tradescreen.lists.format.registry;

import org.jspecify.annotations.NullMarked;
