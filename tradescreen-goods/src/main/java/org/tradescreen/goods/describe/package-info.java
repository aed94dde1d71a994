/**
 * Goods-description screening: {@link org.tradescreen.goods.describe.GoodsScreener} reads a
 * {@link org.tradescreen.goods.describe.GoodsQuery} (free text, CAS, HS code, as-of date) against the
 * catalog and returns a {@link org.tradescreen.goods.describe.GoodsResult} in the shape of the {@code goods}
 * command. Structure screening (SMILES, InChI, the fentanyl-related class) is a later step.
 */
package org.tradescreen.goods.describe;
