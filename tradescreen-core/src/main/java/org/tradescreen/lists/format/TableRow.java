package org.tradescreen.lists.format;

import org.jspecify.annotations.Nullable;

/**
 * One row of a list that comes as a table, a CSV file or a spreadsheet alike, read by column name. Cells are
 * trimmed, and empty ones read as null.
 */
public interface TableRow {

    /** The cell under {@code column}; fails naming the row when the header has no such column. */
    @Nullable String get(String column);

    /** The cell under {@code column}, or null when the header has no such column (an older layout). */
    @Nullable String find(String column);

    /** A fault of this row's {@code field}, naming the file and the row's line. */
    ListFormatException error(String field, String problem);
}
