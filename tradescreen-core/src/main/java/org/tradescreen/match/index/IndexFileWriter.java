package org.tradescreen.match.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Writes an index file: the magic and format, then its tables in {@link Table} order (each 8-byte aligned and, but for
 * the long texts, inside one {@link IndexBytes#CHUNK}), then a header naming the analyser, the stamp, the counts and
 * where each table lies, then the header's position and a CRC-32C of everything before it.
 */
final class IndexFileWriter implements AutoCloseable {

    static final int MAGIC = 0x58495354; // "TSIX", little-endian
    static final int FORMAT = 3;

    private final FileChannel out;
    private final long chunk;
    private final CRC32C crc = new CRC32C();
    private final List<long[]> tables = new ArrayList<>();
    private long position;

    IndexFileWriter(Path file) throws IOException {
        this(file, IndexBytes.CHUNK);
    }

    /** A writer keeping tables within chunks of {@code chunk} bytes (tests use small ones). */
    IndexFileWriter(Path file, long chunk) throws IOException {
        this.chunk = chunk;
        out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        ByteBuffer start = buffer(8);
        start.putInt(MAGIC).putInt(FORMAT);
        put(start.flip());
    }

    void ints(Table t, int[] values, int count) throws IOException {
        ByteBuffer b = table(t, 4L * count);
        b.asIntBuffer().put(values, 0, count);
        put(b);
    }

    void longs(Table t, long[] values, int count) throws IOException {
        ByteBuffer b = table(t, 8L * count);
        b.asLongBuffer().put(values, 0, count);
        put(b);
    }

    void doubles(Table t, double[] values) throws IOException {
        ByteBuffer b = table(t, 8L * values.length);
        b.asDoubleBuffer().put(values);
        put(b);
    }

    void bytes(Table t, byte[] values, int count) throws IOException {
        ByteBuffer b = table(t, count);
        b.put(values, 0, count);
        put(b.flip());
    }

    /** A long text table, copied from where it was gathered; it may cross chunk boundaries. */
    void copy(Table t, Path from) throws IOException {
        begin(t, Long.MAX_VALUE);
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(1 << 20);
            long size = 0;
            while (in.read(b) > 0) {
                size += b.flip().remaining();
                put(b);
                b.clear();
            }
            tables.get(tables.size() - 1)[1] = size;
        }
    }

    /** Writes the header and trailer. */
    void finish(String analyzer, String stamp, int names, int entities, int terms) throws IOException {
        align(8);
        long headerAt = position;
        byte[] a = analyzer.getBytes(StandardCharsets.UTF_8);
        byte[] s = stamp.getBytes(StandardCharsets.UTF_8);
        ByteBuffer h = buffer(4 + a.length + 4 + s.length + 16 + 16L * tables.size());
        h.putInt(a.length).put(a).putInt(s.length).put(s).putInt(names).putInt(entities).putInt(terms)
                .putInt(tables.size());
        for (long[] t : tables) {
            h.putLong(t[0]).putLong(t[1]);
        }
        put(h.flip());
        ByteBuffer at = buffer(8).putLong(headerAt);
        put(at.flip());
        ByteBuffer sum = buffer(8).putLong(crc.getValue());
        out.write(sum.flip());
        out.force(true);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private ByteBuffer table(Table t, long size) throws IOException {
        if (size > chunk) {
            throw new IOException("index table " + t + " of " + size + " bytes is larger than an index file holds");
        }
        begin(t, size);
        return buffer(size);
    }

    private void begin(Table t, long size) throws IOException {
        if (t.ordinal() != tables.size()) {
            throw new IllegalStateException("table " + t + " written out of order");
        }
        align(8);
        if (size != Long.MAX_VALUE && size > 0 && position / chunk != (position + size - 1) / chunk) {
            align(chunk);
        }
        tables.add(new long[] {position, size});
    }

    private void align(long to) throws IOException {
        long pad = (to - position % to) % to;
        ByteBuffer zeros = ByteBuffer.allocate((int) Math.min(pad, 1 << 20));
        while (pad > 0) {
            zeros.clear().limit((int) Math.min(pad, zeros.capacity()));
            pad -= zeros.remaining();
            put(zeros);
        }
    }

    private void put(ByteBuffer b) throws IOException {
        crc.update(b.duplicate());
        while (b.hasRemaining()) {
            position += out.write(b);
        }
    }

    private static ByteBuffer buffer(long size) {
        return ByteBuffer.allocate(Math.toIntExact(size)).order(ByteOrder.LITTLE_ENDIAN);
    }
}
