/**
 * Consignments as a postal operator, an express carrier or customs decides on them: a
 * {@link org.tradescreen.consign.Consignment} with its {@link org.tradescreen.consign.Party parties} and
 * {@link org.tradescreen.consign.GoodsLine goods lines}, shaped after the electronic advance data of postal items
 * and the express and cargo manifests.
 */
@NullMarked
package org.tradescreen.consign;

import org.jspecify.annotations.NullMarked;
