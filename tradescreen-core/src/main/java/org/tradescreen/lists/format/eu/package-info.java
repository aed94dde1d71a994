/**
 * The EU Financial Sanctions Files consolidated list (XML schema 1.1), read as a stream with the hardened reader
 * ({@link org.tradescreen.lists.format.eu.EuFsfXmlFormat}), each {@code sanctionEntity} mapped to an entity
 * ({@link org.tradescreen.lists.format.eu.EuFsfEntities}).
 */
@NullMarked
package org.tradescreen.lists.format.eu;

import org.jspecify.annotations.NullMarked;
