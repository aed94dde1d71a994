/**
 * Lists the user keeps: {@link org.tradescreen.lists.format.custom.CustomCsvFormat} ({@code custom-csv}).
 * Quirks handled: columns in any order and case; several aliases, phones, e-mails and identifiers in one cell,
 * separated by {@code ;}; unknown columns kept as remarks; a missing {@code name}, an unknown {@code type} or
 * {@code country} and a malformed {@code listed_on} fail naming file, line and field (skipped under
 * {@code --lenient}).
 */
@NullMarked
package org.tradescreen.lists.format.custom;

import org.jspecify.annotations.NullMarked;
