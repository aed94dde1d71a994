/** CAS registry numbers: the check digit, and finding them in free text. */
package org.tradescreen.goods.cas;
