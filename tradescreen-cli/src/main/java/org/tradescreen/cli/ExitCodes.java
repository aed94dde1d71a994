package org.tradescreen.cli;

/** The exit statuses scripts can rely on (CONTRACTS.md). */
final class ExitCodes {
    static final int OK = 0;
    static final int HIT = 1;
    static final int INPUT_ERROR = 2;
    static final int INTERNAL_ERROR = 3;
    /** Screened, no hit, but a list asked for (or every list) had no version in force on the date: not a clear result. */
    static final int INCOMPLETE = 4;

    private ExitCodes() {
    }
}
