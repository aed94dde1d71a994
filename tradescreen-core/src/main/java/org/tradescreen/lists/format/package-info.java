/**
 * Reading official list files. A {@link org.tradescreen.lists.format.ListFormat} per format, registered
 * in {@link org.tradescreen.lists.format.registry.ListFormats} (by name and by detection), turns a file or a CSV
 * set into entities and {@link org.tradescreen.lists.format.Problem}s. The shared pieces make every
 * format treat damage alike: {@link org.tradescreen.lists.format.ListText} (encodings, BOM, 0x1A),
 * {@link org.tradescreen.lists.format.CsvTable} (line numbers, repeated headers, truncation),
 * {@link org.tradescreen.lists.format.ListDates} and {@link org.tradescreen.lists.format.StableId}.
 * Formats know nothing about storage or matching.
 */
@NullMarked
package org.tradescreen.lists.format;

import org.jspecify.annotations.NullMarked;
