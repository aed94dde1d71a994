/**
 * The OpenSanctions yente API ({@link org.tradescreen.server.compat.yente.YenteApi}), with our entities in
 * FollowTheMoney's shape ({@link org.tradescreen.server.compat.yente.FtmEntities}), so that yente clients work
 * unchanged.
 */
@NullMarked
package org.tradescreen.server.compat.yente;

import org.jspecify.annotations.NullMarked;
