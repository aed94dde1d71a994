package org.tradescreen.match.index;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * The bytes of a compiled index, mapped from its file (or held, for one read from a stream), in chunks of at most
 * {@link #CHUNK} bytes since a Java buffer addresses 2 GB. The writer ({@link IndexFileWriter}) never lets a table
 * cross a chunk boundary, so each table is one typed view; only the long texts (names, entities) may, and are read
 * across it.
 */
final class IndexBytes {

    static final long CHUNK = 1L << 30;

    private final ByteBuffer[] chunks;
    private final long chunk;
    private final long length;

    private IndexBytes(ByteBuffer[] chunks, long chunk, long length) {
        this.chunks = chunks;
        this.chunk = chunk;
        this.length = length;
    }

    /** The file, mapped read-only; the mapping outlives the file's deletion and needs no open handle. */
    static IndexBytes map(Path file) throws IOException {
        return map(file, CHUNK);
    }

    /** The file mapped in chunks of {@code chunk} bytes, as its writer was told (tests use small ones). */
    static IndexBytes map(Path file, long chunk) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long length = ch.size();
            ByteBuffer[] chunks = new ByteBuffer[(int) ((length + chunk - 1) / chunk)];
            for (int i = 0; i < chunks.length; i++) {
                long start = i * chunk;
                chunks[i] = ch.map(FileChannel.MapMode.READ_ONLY, start, Math.min(chunk, length - start))
                        .order(ByteOrder.LITTLE_ENDIAN);
            }
            return new IndexBytes(chunks, chunk, length);
        }
    }

    /** Bytes held in memory (an index shipped to another machine). */
    static IndexBytes of(byte[] bytes) {
        return new IndexBytes(new ByteBuffer[] {ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN)}, CHUNK, bytes.length);
    }

    long length() {
        return length;
    }

    /** A table's bytes as one buffer (the writer keeps each table inside one chunk). */
    ByteBuffer slice(long offset, long size) {
        int in = (int) (offset / chunk);
        int start = (int) (offset % chunk);
        if (size < 0 || offset < 0 || offset + size > length || in >= chunks.length || start + size > chunks[in].limit()) {
            throw new IndexDamagedException("a table at " + offset + " (" + size + " bytes) lies outside the file");
        }
        return chunks[in].slice(start, (int) size).order(ByteOrder.LITTLE_ENDIAN);
    }

    IntBuffer ints(long offset, long size) {
        return slice(offset, size).asIntBuffer();
    }

    LongBuffer longs(long offset, long size) {
        return slice(offset, size).asLongBuffer();
    }

    DoubleBuffer doubles(long offset, long size) {
        return slice(offset, size).asDoubleBuffer();
    }

    /** {@code count} bytes from {@code position}, across chunk boundaries. */
    byte[] read(long position, int count) {
        if (position < 0 || count < 0 || position + count > length) {
            throw new IndexDamagedException("a text at " + position + " (" + count + " bytes) lies outside the file");
        }
        byte[] out = new byte[count];
        int done = 0;
        while (done < count) {
            long p = position + done;
            ByteBuffer in = chunks[(int) (p / chunk)];
            int from = (int) (p % chunk);
            int n = Math.min(count - done, in.limit() - from);
            in.get(from, out, done, n);
            done += n;
        }
        return out;
    }

    long longAt(long position) {
        return ByteBuffer.wrap(read(position, Long.BYTES)).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    /** The CRC-32C of the first {@code end} bytes. */
    long crc(long end) {
        CRC32C crc = new CRC32C();
        for (int i = 0; i < chunks.length && i * chunk < end; i++) {
            ByteBuffer b = chunks[i].duplicate();
            b.limit((int) Math.min(b.limit(), end - i * chunk));
            crc.update(b);
        }
        return crc.getValue();
    }

    void writeTo(OutputStream out) throws IOException {
        byte[] buffer = new byte[1 << 16];
        for (ByteBuffer c : chunks) {
            ByteBuffer b = c.duplicate();
            while (b.hasRemaining()) {
                int n = Math.min(buffer.length, b.remaining());
                b.get(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        out.flush();
    }
}
