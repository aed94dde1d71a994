/**
 * The UN Security Council consolidated list in its XML form, read by {@link
 * org.tradescreen.lists.format.un.UnXmlFormat}. The shared hardened reader of
 * {@link org.tradescreen.lists.format.xml} hands over one {@code INDIVIDUAL} or {@code ENTITY} at a time as an
 * {@code XmlElement} tree; {@code UnEntities} maps that tree to an entity.
 *
 * <p>Quirks of the real files, which the mapping handles:
 * <ul>
 *   <li>Security: the list never carries a DOCTYPE, so any DOCTYPE or entity reference is refused
 *       ({@code refuseDoctype}); nothing is fetched and nothing expanded.</li>
 *   <li>The primary name is FIRST_NAME to FOURTH_NAME joined; for an ENTITY only FIRST_NAME is used.
 *       NAME_ORIGINAL_SCRIPT is an alias in its own script.</li>
 *   <li>Alias QUALITY is "Good" or "Low" for individuals, "a.k.a." or "f.k.a." for entities, and empty
 *       on empty alias elements. "Low" is weak; "f.k.a." is a former name. One ALIAS_NAME may hold
 *       several spellings joined by "; ". An alias may carry the birth date and place used with it.</li>
 *   <li>TYPE_OF_DATE is upper case in 2026 (EXACT, APPROXIMATELY, BETWEEN) and capitalised in 2016.
 *       Dates may carry a timezone ("1961-01-01-05:00"), a year range may sit in YEAR ("1955-1958"),
 *       and NOTE may hold the only date ("Aug. 1961") or prose ("30-35 years old", Hijri dates),
 *       which is kept as a remark.</li>
 *   <li>The issuing country of a document is ISSUING_COUNTRY or, in older files, COUNTRY_OF_ISSUE, and
 *       may be prose ("Iran / unknown"), which goes to the identifier's note.</li>
 *   <li>NATIONALITY is a country name in 2026 ("Egypt") and often a demonym in 2016 ("Afghan"), which
 *       {@link org.tradescreen.model.Countries} does not resolve, so the text is kept.</li>
 *   <li>The stated publication date is the root's {@code dateGenerated}; the 2016 capture says
 *       2016-03-07 though its file name says 2016-03-25.</li>
 * </ul>
 */
@NullMarked
package org.tradescreen.lists.format.un;

import org.jspecify.annotations.NullMarked;
