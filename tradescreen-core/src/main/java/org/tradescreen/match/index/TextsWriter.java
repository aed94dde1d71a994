package org.tradescreen.match.index;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Gathers a text table while an index is built: the bytes in a temporary file (the entities of a large list do not
 * fit the heap), the starts in memory.
 */
final class TextsWriter implements AutoCloseable {

    private final Path file;
    private final OutputStream out;
    private long[] at = new long[1024];
    private int count;
    private long size;

    TextsWriter(Path dir) throws IOException {
        file = Files.createTempFile(dir, "texts", ".tmp");
        out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    /** Adds a text; returns its number. */
    int add(String text) throws IOException {
        return add(text.getBytes(StandardCharsets.UTF_8));
    }

    int add(byte[] bytes) throws IOException {
        out.write(bytes);
        if (count + 2 > at.length) {
            at = Arrays.copyOf(at, at.length * 2);
        }
        at[count] = size;
        size += bytes.length;
        at[++count] = size;
        return count - 1;
    }

    int count() {
        return count;
    }

    void write(IndexFileWriter to, Table text, Table starts) throws IOException {
        out.flush();
        to.copy(text, file);
        to.longs(starts, at, count + 1);
    }

    @Override
    public void close() throws IOException {
        out.close();
        Files.deleteIfExists(file);
    }
}
