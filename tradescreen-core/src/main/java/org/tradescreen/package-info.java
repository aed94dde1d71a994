/**
 * The root of tradescreen: {@link org.tradescreen.Version}, the version of the build, which every surface reads
 * from here.
 */
@NullMarked
package org.tradescreen;

import org.jspecify.annotations.NullMarked;
