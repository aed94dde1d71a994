/**
 * Chemical structures: parsing with CDK, salt and hydrate stripping, exact match against the catalog, the US
 * fentanyl-related-substance class (modifications A–E) and the fentanyl precursor families.
 */
@NullMarked
package org.tradescreen.goods.structure;

import org.jspecify.annotations.NullMarked;
