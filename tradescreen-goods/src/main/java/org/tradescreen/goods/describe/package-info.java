/**
 * Goods screening: {@link org.tradescreen.goods.describe.GoodsScreener#screen} reads a
 * {@link org.tradescreen.goods.describe.GoodsQuery} (free text, CAS, HS code, a structure, as-of date) against
 * the catalog and returns a {@link org.tradescreen.goods.describe.GoodsResult} in the shape of the {@code goods}
 * command: its {@link org.tradescreen.goods.describe.GoodsClass}, the hits with their
 * {@link org.tradescreen.goods.describe.Basis}, and warnings. A structure, given or read from a systematic name in
 * the text, is classified by {@code goods.structure}. The module stands alone: it needs neither the lists nor
 * the store.
 */
@NullMarked
package org.tradescreen.goods.describe;

import org.jspecify.annotations.NullMarked;
