package org.tradescreen.server.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The result files of recent batches, kept in memory under unguessable tokens so that the results page can
 * link to its CSV. Only the newest {@code capacity} are kept: a download is meant right after the batch,
 * and the server must not grow with use. Thread-safe.
 */
final class Downloads {

    /** A file to download. */
    record File(String filename, String text) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, File> files;

    Downloads(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("download capacity must be at least 1, got " + capacity);
        }
        this.files = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, File> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Keeps {@code file} and returns its token: 32 hex digits. */
    String put(File file) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        synchronized (files) {
            files.put(token, file);
        }
        return token;
    }

    Optional<File> get(String token) {
        synchronized (files) {
            return Optional.ofNullable(files.get(token));
        }
    }
}
