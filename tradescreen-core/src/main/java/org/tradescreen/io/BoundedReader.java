package org.tradescreen.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that refuses a line or a record longer than a limit, so that a file with no line breaks (a
 * 2 GB dump, {@code /dev/zero}) ends in a clear error instead of filling the heap. It counts lines as it
 * goes, for the message. {@link #lines} bounds lines only (JSON lines); {@link #records} bounds records too,
 * each ended by the caller's {@link #endOfRecord}: a CSV parser's caller calls it after each record, which
 * bounds a quoted field that runs over many lines (an unclosed quote).
 */
public final class BoundedReader extends FilterReader {

    /** Far more than any row of a screening file, far less than the heap. */
    public static final int DEFAULT_LIMIT = 1 << 20;

    private final String name;
    private final int limit;
    private final long recordLimit;
    private long line = 1;
    private long recordLine = 1;
    private int inLine;
    private long inRecord;

    private BoundedReader(Reader in, String name, int limit, long recordLimit) {
        super(in);
        this.name = name;
        this.limit = limit;
        this.recordLimit = recordLimit;
    }

    /** Lines of at most {@code limit} characters; {@code name} (the file's) starts the error message. */
    public static BoundedReader lines(Reader in, String name, int limit) {
        return new BoundedReader(in, name, limit, Long.MAX_VALUE);
    }

    /**
     * Lines of at most {@code limit} characters, and records of at most twice that: the allowance covers the
     * read-ahead of a buffered parser, so the bound is a bound, not an exact size.
     */
    public static BoundedReader records(Reader in, String name, int limit) {
        return new BoundedReader(in, name, limit, 2L * limit);
    }

    /**
     * Marks the end of a record: the next one starts counting from here, on line {@code nextLine} (a parser
     * that reads ahead knows where the next record starts better than this reader does).
     */
    public void endOfRecord(long nextLine) {
        inRecord = 0;
        recordLine = nextLine;
    }

    /** The line being read, counted from 1. */
    public long line() {
        return line;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            count(buffer[offset + i]);
        }
        return n;
    }

    private void count(char c) throws TooLong {
        if (c == '\n') {
            line++;
            inLine = 0;
        } else if (++inLine > limit) {
            throw new TooLong(line, name + ":" + line + ": the line is longer than " + limit + " characters");
        }
        if (++inRecord > recordLimit) {
            throw new TooLong(recordLine, name + ":" + recordLine + ": the record starting on this line is longer than "
                    + recordLimit + " characters (an unclosed quote?)");
        }
    }

    /** A line or record over the limit; {@link #line()} is where it starts. */
    public static final class TooLong extends IOException {
        private final long line;

        TooLong(long line, String message) {
            super(message);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }
}
