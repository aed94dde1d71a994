package org.tradescreen.match.index;

import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;

/** Texts of an index file, read by number: UTF-8 bytes and where each starts. */
final class Texts {

    private final IndexBytes bytes;
    private final long base;
    private final long size;
    private final LongBuffer at;

    Texts(IndexFileReader file, Table text, Table starts) {
        this.bytes = file.bytes();
        this.base = file.offset(text);
        this.size = file.size(text);
        this.at = file.longs(starts);
        if (at.limit() == 0 || at.get(at.limit() - 1) != size) {
            throw new IndexDamagedException("table " + text + " does not end where its starts say");
        }
    }

    int count() {
        return at.limit() - 1;
    }

    byte[] bytes(int i) {
        long start = at.get(i);
        long end = at.get(i + 1);
        if (start < 0 || end < start || end > size) {
            throw new IndexDamagedException("text " + i + " lies outside its table");
        }
        return bytes.read(base + start, (int) (end - start));
    }

    String get(int i) {
        return new String(bytes(i), StandardCharsets.UTF_8);
    }
}
