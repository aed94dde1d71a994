/**
 * The small sample of lists shipped with tradescreen, written by hand from public facts, loaded into an
 * empty data directory so that a first run works offline and tells the story of STORY.md.
 */
package org.tradescreen.lists.sample;
