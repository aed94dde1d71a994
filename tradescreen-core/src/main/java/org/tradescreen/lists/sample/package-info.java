/**
 * The small sample of lists shipped with tradescreen, written by hand from public facts, loaded into an
 * empty data directory so that a first run works offline and tells the story of STORY.md.
 */
@NullMarked
package org.tradescreen.lists.sample;

import org.jspecify.annotations.NullMarked;
