package org.tradescreen.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.tradescreen.audit.AuditFacts;
import org.tradescreen.match.Screener;
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.match.normalize.NameAnalyzer;

/**
 * A compiled index as Spark broadcasts it: the index file's bytes, compressed, and their SHA-256 as the key of the
 * list versions they hold. An executor reads the bytes once per key and keeps the screener for every task after (the
 * last {@link #KEPT} keys), so a job over thousands of partitions reads the index once per executor.
 */
public final class IndexBroadcast implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int KEPT = 2;
    private static final Map<String, Screener> ON_THIS_MACHINE = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Screener> eldest) {
            return size() > KEPT;
        }
    };

    private final String key;
    private final byte[] compressed;

    private IndexBroadcast(String key, byte[] compressed) {
        this.key = key;
        this.compressed = compressed;
    }

    /**
     * The screener's index written, compressed and keyed by its hash. The screener itself is kept for this machine
     * too: in local mode the driver is the executor, and need not read back what it has.
     */
    public static IndexBroadcast of(Screener screener) {
        IndexBroadcast b = of(screener.index());
        synchronized (ON_THIS_MACHINE) {
            ON_THIS_MACHINE.put(b.key, screener);
        }
        return b;
    }

    /** The index written, compressed and keyed by its hash. */
    static IndexBroadcast of(ScreeningIndex index) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 1 << 16)) {
            index.write(gz);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the compiled index", e);
        }
        byte[] compressed = bytes.toByteArray();
        return new IndexBroadcast(AuditFacts.sha256Bytes(compressed), compressed);
    }

    /** The SHA-256 of the compressed bytes: one per set of list versions. */
    public String key() {
        return key;
    }

    /** How many bytes are shipped to each executor. */
    public int size() {
        return compressed.length;
    }

    /** The screener over this index on this machine, read from the bytes the first time a task asks. */
    public Screener screener() {
        synchronized (ON_THIS_MACHINE) {
            return ON_THIS_MACHINE.computeIfAbsent(key, k -> new Screener(read()));
        }
    }

    /** The index read back from the bytes (every call reads them again). */
    ScreeningIndex read() {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed), 1 << 16)) {
            return ScreeningIndex.read(in, NameAnalyzer.standard());
        } catch (IOException e) {
            throw new UncheckedIOException("the broadcast index " + key + " cannot be read", e);
        }
    }
}
