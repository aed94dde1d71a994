package org.tradescreen.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A one-line progress bar on stderr, shown only when stderr is a terminal (never in pipes, logs or
 * CI), redrawn at most five times a second. Progress is the share of the input's bytes read so far.
 */
final class Progress {

    private final long totalBytes;
    private final boolean shown = System.console() != null;
    private final long start = System.nanoTime();
    private long lastDraw;
    private long bytesRead;

    Progress(long totalBytes) {
        this.totalBytes = Math.max(1, totalBytes);
    }

    /** The input stream, counted. */
    InputStream track(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytesRead++;
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    bytesRead += n;
                }
                return n;
            }
        };
    }

    void update(long rows) {
        if (!shown) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        int filled = (int) (Math.min(1.0, (double) bytesRead / totalBytes) * 30);
        double secs = (now - start) / 1e9;
        System.err.printf("\r[%s%s] %,d rows  %,.0f rows/s ", "#".repeat(filled), " ".repeat(30 - filled), rows,
                rows / Math.max(secs, 1e-3));
        System.err.flush();
    }

    void done() {
        if (shown) {
            System.err.print("\r" + " ".repeat(70) + "\r");
            System.err.flush();
        }
    }
}
