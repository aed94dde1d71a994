/**
 * Reading what users hand in, safely: {@link org.tradescreen.io.BoundedReader} bounds lines and records, so
 * that no input file can exhaust memory.
 */
@NullMarked
package org.tradescreen.io;

import org.jspecify.annotations.NullMarked;
