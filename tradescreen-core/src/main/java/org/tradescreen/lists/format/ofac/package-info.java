/**
 * OFAC's legacy CSV sets: the SDN list ({@link org.tradescreen.lists.format.ofac.OfacSdnCsvFormat},
 * {@code ofac-csv}) and the consolidated non-SDN list
 * ({@link org.tradescreen.lists.format.ofac.OfacConsCsvFormat}, {@code ofac-cons-csv}). Both are
 * {@link org.tradescreen.lists.format.ofac.OfacCsvFormat} with other file names; one parse is an
 * {@code OfacSetReader}, which joins the files on ent_num and hands each Remarks text to
 * {@code OfacRemarks}, which hands identifier items to {@code IdentifierLabels}.
 *
 * <h2>The files</h2>
 * All are headerless, comma-separated and quoted, with {@code -0-} (often {@code "-0- "}) for null.
 * <ul>
 *   <li>{@code sdn.csv} / {@code cons_prim.csv}: ent_num, SDN_Name, SDN_Type ("individual", "vessel",
 *       "aircraft", or {@code -0-} for an entity), Program ({@code "SDGT] [IFSR"}: several programs
 *       joined by {@code "] ["}), Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner,
 *       Remarks. Names are kept as given: "SURNAME, Given" for people. A type word
 *       the parser does not know reads as type "unknown" rather than failing the load.</li>
 *   <li>{@code add.csv}: ent_num, add_num, address, city/state/postal code in one cell, country,
 *       add_remarks. An entry without an address still has one all-null row; it adds nothing.</li>
 *   <li>{@code alt.csv}: ent_num, alt_num, alt_type ("aka", "fka", "nka"), alt_name, alt_remarks.</li>
 *   <li>{@code sdn_comments.csv}: ent_num and the rest of its Remarks. The primary file cuts Remarks
 *       at 1,000 characters, mid-word or just before a space, so the two are joined raw.</li>
 * </ul>
 *
 * <h2>Remarks</h2>
 * Remarks are ";"-separated items, "alt." marking a second value. Read into fields: DOB (partial
 * dates; "circa" and "X to Y" give every date and keep the item as a remark), POB, nationality and
 * citizen (ISO codes where known, else the words), Gender, identifiers (labels in
 * {@code identifier-labels.tsv}, plus "Digital Currency Address - XBT …"), "Linked To:" (a remark).
 * {@code a.k.a. 'X'}, {@code f.k.a. 'X'} and {@code n.k.a. 'X'} are OFAC's weak aliases: they are
 * never in alt.csv (none of the 2,417 in the July 2021 set is), so they are read whether or not
 * alt.csv is there. The whole text is always the first remark, so nothing unread is lost. Remarks
 * cut at 1,000 characters with no continuation to join (a lone sdn.csv) leave their last item unread.
 *
 * <h2>Damage, decided</h2>
 * <ul>
 *   <li>cp1252 bytes, a UTF-8 BOM and the trailing 0x1A that every real capture has:
 *       {@link org.tradescreen.lists.format.ListText} decodes and drops them; the 0x1A is reported.</li>
 *   <li>CRLF: read as LF.</li>
 *   <li>A short row, or a file cut inside a quoted field: fails naming file, line and field, or under
 *       lenient is skipped and reported ({@link org.tradescreen.lists.format.CsvTable}). So does a row
 *       with more columns than the file has (an unquoted comma would shift every column after it).</li>
 *   <li>A non-integer or empty ent_num, a repeated ent_num in the primary file, an entry without a
 *       name, an alias without a name: fails naming line and field, or under lenient is skipped.</li>
 *   <li>An address, alias or comment row whose ent_num the primary file lacks: skipped and reported,
 *       lenient or not; the real May 2025 mini set has nine.</li>
 *   <li>An empty primary file: zero entities. Refusing an empty snapshot is the loader's decision.</li>
 * </ul>
 * The files state no publication date.
 */
@NullMarked
package org.tradescreen.lists.format.ofac;

import org.jspecify.annotations.NullMarked;
