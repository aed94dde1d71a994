package org.tradescreen.lists.snapshot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tradescreen.io.Sha256;

/**
 * The hash of a version's whole entity set, independent of entry order: SHA-256 over the lines
 * {@code sourceId TAB recordHash LF}, sorted as Java sorts strings. Stored versions carry it and a load compares
 * against it, so it must never change for the same content. Fed line by line in order ({@link #add}), it needs no
 * more memory than one line.
 */
public final class ContentHash {

    private final MessageDigest digest = Sha256.digest();
    private @Nullable String last;

    /** The hash of entities held in memory. */
    public static String of(Collection<EncodedEntity> entities) {
        return sorted(entities.stream().map(e -> line(e.entity().sourceId(), e.recordHash())).toList());
    }

    /** The hash of lines in any order. */
    static String sorted(List<String> lines) {
        ContentHash hash = new ContentHash();
        lines.stream().sorted().forEach(hash::update);
        return hash.hex();
    }

    static String line(String sourceId, String recordHash) {
        return sourceId + "\t" + recordHash;
    }

    /** Adds the next entity; false, adding nothing, when its line sorts before the one added last. */
    boolean add(String sourceId, String recordHash) {
        String line = line(sourceId, recordHash);
        if (last != null && last.compareTo(line) > 0) {
            return false;
        }
        update(line);
        return true;
    }

    private void update(String line) {
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        last = line;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
