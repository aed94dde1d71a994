/**
 * The controlled-chemicals catalog: a {@link org.tradescreen.goods.catalog.Substance} has its names, CAS
 * numbers, HS codes, SMILES and dated {@link org.tradescreen.goods.catalog.Control}s. Every uncertain value
 * is a {@link org.tradescreen.goods.catalog.Fact} with its {@code verified} flag, taken from the
 * {@code unverified_fields} column of the reference file.
 */
@NullMarked
package org.tradescreen.goods.catalog;

import org.jspecify.annotations.NullMarked;
