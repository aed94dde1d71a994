package org.tradescreen.match.index;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Opens the bytes of an index file (see {@link IndexFileWriter}) after checking them: the magic and format, the
 * CRC-32C of the whole, the analyser that read the names, and the stamp of what it was built from. Any mismatch
 * is an {@link IndexDamagedException}: an index file is built again, never trusted.
 */
final class IndexFileReader {

    private final IndexBytes bytes;
    private final String analyzer;
    private final String stamp;
    private final int names;
    private final int entities;
    private final int terms;
    private final long[] offsets;
    private final long[] sizes;

    /**
     * @param analyzer the analyser queries will be read with; a file whose names another read is refused
     * @param stamp    what the file must have been built from, or null to take any
     */
    IndexFileReader(IndexBytes bytes, String analyzer, @Nullable String stamp) {
        this.bytes = bytes;
        long length = bytes.length();
        if (length < 32) {
            throw new IndexDamagedException("index file of " + length + " bytes: cut short");
        }
        ByteBuffer start = ByteBuffer.wrap(bytes.read(0, 8)).order(ByteOrder.LITTLE_ENDIAN);
        if (start.getInt() != IndexFileWriter.MAGIC) {
            throw new IndexDamagedException("not a tradescreen index file");
        }
        int format = start.getInt();
        if (format != IndexFileWriter.FORMAT) {
            throw new IndexDamagedException("index file format " + format + ", this version reads " + IndexFileWriter.FORMAT);
        }
        long crc = bytes.longAt(length - 8);
        if (bytes.crc(length - 8) != crc) {
            throw new IndexDamagedException("index file damaged: its checksum does not match its content");
        }
        long headerAt = bytes.longAt(length - 16);
        if (headerAt < 8 || headerAt > length - 16) {
            throw new IndexDamagedException("index file header at " + headerAt + " of " + length);
        }
        ByteBuffer h = ByteBuffer.wrap(bytes.read(headerAt, (int) (length - 16 - headerAt))).order(ByteOrder.LITTLE_ENDIAN);
        this.analyzer = text(h);
        this.stamp = text(h);
        if (!this.analyzer.equals(analyzer)) {
            throw new IndexDamagedException("index file made with the analyser '" + this.analyzer + "', not this one ('"
                    + analyzer + "')");
        }
        if (stamp != null && !this.stamp.equals(stamp)) {
            throw new IndexDamagedException("index file of other list versions (" + this.stamp + ")");
        }
        this.names = h.getInt();
        this.entities = h.getInt();
        this.terms = h.getInt();
        int count = h.getInt();
        if (count != Table.values().length) {
            throw new IndexDamagedException("index file with " + count + " tables");
        }
        offsets = new long[count];
        sizes = new long[count];
        for (int t = 0; t < count; t++) {
            offsets[t] = h.getLong();
            sizes[t] = h.getLong();
        }
    }

    private static String text(ByteBuffer h) {
        int n = h.getInt();
        if (n < 0 || n > h.remaining()) {
            throw new IndexDamagedException("index file header damaged");
        }
        byte[] b = new byte[n];
        h.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    IndexBytes bytes() {
        return bytes;
    }

    String stamp() {
        return stamp;
    }

    int names() {
        return names;
    }

    int entities() {
        return entities;
    }

    int terms() {
        return terms;
    }

    long offset(Table t) {
        return offsets[t.ordinal()];
    }

    long size(Table t) {
        return sizes[t.ordinal()];
    }

    ByteBuffer bytes(Table t) {
        return this.bytes.slice(offset(t), size(t));
    }

    IntBuffer ints(Table t) {
        return this.bytes.ints(offset(t), size(t));
    }

    /** A table of ints that must hold {@code expected} of them. */
    IntBuffer ints(Table t, int expected) {
        IntBuffer b = ints(t);
        if (b.limit() != expected) {
            throw new IndexDamagedException("table " + t + " holds " + b.limit() + " numbers, not " + expected);
        }
        return b;
    }

    LongBuffer longs(Table t) {
        return this.bytes.longs(offset(t), size(t));
    }

    DoubleBuffer doubles(Table t) {
        return this.bytes.doubles(offset(t), size(t));
    }
}
