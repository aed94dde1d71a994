/**
 * FollowTheMoney (FtM) entities as OpenSanctions and yente write them: JSON lines of
 * {@code {"id","caption","schema","properties":{name:[…],…},"datasets",…}}, every property an array of
 * strings, references to other entities by id. Delta files wrap each entity in
 * {@code {"op":"ADD"|"MOD"|"DEL","entity":{…}}}; a DEL carries only the id.
 *
 * <p>How the parts fit: {@link org.tradescreen.lists.format.ftm.FtmJsonFormat} refuses the delta index
 * and turns the result into a full or delta list; {@code FtmLines} reads and checks the lines (the first
 * readable one decides whether the file is a delta); {@code FtmRecord} checks one line's id, schema and op;
 * {@code FtmEntities} maps party schemas (Person; Organization, Company, LegalEntity, PublicBody; Vessel;
 * Airplane) to entities and resolves the Address, Sanction and Identification/Passport entities of the same
 * file that describe them. Other schemas (Payment, Ownership, Family, Directorship…) are links between
 * parties, not parties, and are skipped.
 *
 * <p>Quirks and decisions:
 * <ul>
 *   <li>Files may end without a newline; that is not damage. A last line that does not parse is
 *       (a truncated download) and fails like any other bad line: naming file and line, or, for a missing
 *       id or schema, the field; under lenient it is skipped and reported.</li>
 *   <li>A repeated id in an entity file is damage (which one is right?); in a delta the last operation
 *       for an id wins, as applying them in order would give.</li>
 *   <li>DEL ids are passed on whatever their schema was (the line does not say); deleting an id the
 *       snapshot does not hold changes nothing.</li>
 *   <li>A delta resolves references only within itself: a MOD of a party whose Address or Sanction did
 *       not change in the same delta loses what only those entities said.</li>
 *   <li>{@code target: false} marks a related party that is not itself sanctioned; it is kept as a
 *       party, with a remark, as yente also matches such entities.</li>
 * </ul>
 */
@NullMarked
package org.tradescreen.lists.format.ftm;

import org.jspecify.annotations.NullMarked;
