package org.tradescreen.report;

import org.jspecify.annotations.Nullable;

/**
 * Text cells made safe for spreadsheets. A cell that starts with {@code = + - @}, a tab or a carriage return
 * runs as a formula when the file is opened in Excel or LibreOffice ({@code =HYPERLINK(…)} from a party's name
 * once did), so it gets a leading apostrophe, as OWASP advises for CSV exports. Every CSV that tradescreen
 * writes, from the command line or a page, goes through here.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String safe(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
