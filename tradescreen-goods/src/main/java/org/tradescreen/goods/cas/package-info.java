/** CAS registry numbers: the check digit, and finding them in free text. */
@NullMarked
package org.tradescreen.goods.cas;

import org.jspecify.annotations.NullMarked;
