/**
 * Fetching official lists over HTTP ({@code lists update}) into new versions through the ordinary loader,
 * so a failed or broken download keeps the last good version.
 */
@NullMarked
package org.tradescreen.lists.update;

import org.jspecify.annotations.NullMarked;
