/**
 * The HM Treasury (OFSI) consolidated list of financial sanctions targets in its CSV form, read by
 * {@link org.tradescreen.lists.format.uk.UkHmtCsvFormat}; {@code UkHmtEntities} merges the rows of
 * one target into an entity.
 *
 * <p>Quirks of the real file, which the mapping handles:
 * <ul>
 *   <li>It is cp1252 (curly quotes, "é"), decoded by {@link org.tradescreen.lists.format.ListText}.</li>
 *   <li>A title line {@code Last Updated,23/03/2016} comes before the header; its date, day first, is
 *       the stated publication date. A file without it, header first, reads the same.</li>
 *   <li>One row per name; a target's rows share a {@code Group ID} and are not adjacent, since the file
 *       is sorted by name. Every other field is repeated on each row, and a target with two dates of
 *       birth has every name twice, once per date.</li>
 *   <li>Name 6 is the surname (an entity's whole name, sometimes with a leading space) and Names 1 to
 *       5 the other names. {@code Alias Type} is "Prime Alias" (the primary name), "AKA" or "FKA".</li>
 *   <li>DOB is dd/mm/yyyy with "00" for an unknown day or month ("00/00/1970", "00/08/1977").</li>
 *   <li>Cells enumerate several values in prose ("(1) Somali (2) Swedish", "(1)-(2) Tunisia (3) Libya",
 *       "a) French, b) Tunisian"); passport and NI cells are free text with the number inside.</li>
 * </ul>
 */
@NullMarked
package org.tradescreen.lists.format.uk;

import org.jspecify.annotations.NullMarked;
