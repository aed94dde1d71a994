/**
 * An emulation of the Score column of OFAC's Sanctions List Search, reconstructed from OFAC's FAQ 249
 * and 170 real scores captured from the tool; {@link org.tradescreen.match.ofac.OfacNameScore} is the
 * entry point. It exists so that users can reconcile our results with the Treasury's tool; our own
 * match decisions do not use it.
 *
 * <p>The reconstructed algorithm, for one query and one list name:
 * <ol>
 *   <li><b>Parts</b> ({@code NameParts}): NFC, upper case, apostrophes dropped, every other non-letter,
 *       non-digit separates parts. "PUTIN, Vladimir" gives PUTIN, VLADIMIR; no transliteration.</li>
 *   <li><b>Pre-filter</b> ({@code Prefilter}, FAQ 249): the name is retrieved only if some query part
 *       and some list part share their first letter and are at least 50% similar by Levenshtein
 *       distance over the longer length. Otherwise the score is 0.</li>
 *   <li><b>wholeName</b>: Jaro-Winkler ({@code JaroWinkler}) of the two names with their parts joined
 *       without spaces, whatever the order of parts.</li>
 *   <li><b>nameParts</b>: each query part takes its best Jaro-Winkler against the list parts it is
 *       admitted to by the same pre-filter rule, 0 if none; the score is the mean over query parts.
 *       Query parts of two characters or fewer are left out unless all are that short. List parts that
 *       match nothing cost nothing.</li>
 *   <li>The score is the higher of the two, times 100, rounded half up (FAQ 249: "returns the higher
 *       of the two scores").</li>
 * </ol>
 * Jaro-Winkler is the textbook Jaro with the prefix bonus always applied (no 0.7 boost threshold) and
 * the prefix capped at 5; the cap and the short-part length are the only fitted constants
 * ({@link org.tradescreen.match.ofac.OfacScoreTuning}).
 *
 * <p>Known deviations, from {@code docs/quality-ofac-mode.md}:
 * <ul>
 *   <li>Soundex, which the FAQ names, is not used: as a floor on per-part scores it moved one row by
 *       one point, and admitting part pairs by equal codes instead of the 50% rule was worse.</li>
 *   <li>The tool scores every alias of an entry but may show the entry under another name: "PABLO
 *       ESCOBAR" gets 90 on "ESCOBAR GAVIRIA, Roberto De Jesus" (we give 56) and on "PABLO LANUSSE
 *       GERMAN GUSTAVO MARIANO" (82), which the names shown do not explain. Callers score every alias
 *       of an entry and keep the best, as the tool does.</li>
 *   <li>"PUTINPUTIN" against "PUTIN, Vladimir" scores 92 where the tool shows 84, our wholeName: the
 *       tool seems to reject the pair PUTINPUTIN/PUTIN, exactly 50% similar. A strict "more than 50%"
 *       does not fit either: "GEORGE BUSH" still retrieves "GLORY", whose only pair is exactly 50%.</li>
 *   <li>"VLADIMIR PUTIN" against "POLIN, Vladimir Anatolevich" scores 88 where the tool shows 81;
 *       not explained.</li>
 * </ul>
 */
@NullMarked
package org.tradescreen.match.ofac;

import org.jspecify.annotations.NullMarked;
