/**
 * Generators of files the other modules ship: the goods catalog from the controlled-chemicals reference file
 * ({@link org.tradescreen.bench.generate.CatalogGenerator}) and the cross-script correspondence tables from the
 * development half of the cross-script evaluation data
 * ({@link org.tradescreen.bench.generate.CorrespondenceTableGenerator}, read through
 * {@link org.tradescreen.bench.generate.CrossScriptData}).
 */
@NullMarked
package org.tradescreen.bench.generate;

import org.jspecify.annotations.NullMarked;
