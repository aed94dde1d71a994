/**
 * The BIS Denied Persons List as BIS publishes it ({@code dpl.txt}): tab-separated, every cell in double
 * quotes, one header line {@code "Name" "Street_Address" "City" "State" "Country" "Postal_Code"
 * "Effective_Date" "Expiration_Date" "Standard_Order" "Last_Update" "Action" "FR_Citation"}.
 *
 * <p>Quirks the parser meets in real files, and what it does with each:
 * <ul>
 *   <li>Entries carry no id. The source id is {@link org.tradescreen.lists.format.StableId} of name,
 *       address and effective date (CONTRACTS.md).</li>
 *   <li>One party is often several rows, one per address (87 parties over 205 rows in the 2023-11-30
 *       file). Rows with the same name and effective date are one denial order and become one entity;
 *       see {@link org.tradescreen.lists.format.bis.BisDplFormat} for how its id stays stable.</li>
 *   <li>The list does not say whether an entry is a person or a firm, so the type is always unknown.</li>
 *   <li>Dates are MM/DD/YYYY; {@code Last_Update} is ISO and is a row's edit date, not the list's
 *       publication date (it also holds typos such as 3033-09-30), so no publication date is stated.</li>
 *   <li>{@code FR_Citation} packs one or many Federal Register citations with loose punctuation;
 *       {@code FrCitations} splits and merges them.</li>
 *   <li>{@code Country} is mostly an ISO code, sometimes empty, "PRC", or a US state ("NM") put in the
 *       wrong column; the wording is kept and only a resolvable code fills {@code countryCode}.</li>
 *   <li>{@code Action} and {@code Last_Update} are the list's own edit log, not facts about the party,
 *       and are not kept: a clerical edit should not read as a change of the party.</li>
 * </ul>
 */
@NullMarked
package org.tradescreen.lists.format.bis;

import org.jspecify.annotations.NullMarked;
