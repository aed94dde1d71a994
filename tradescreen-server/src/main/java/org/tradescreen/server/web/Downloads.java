package org.tradescreen.server.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The results of recent batches (a CSV file, a screened manifest), kept in memory under unguessable tokens so
 * that the results page can link to them. Only the newest {@code capacity} are kept: they are meant right after
 * the batch, and the server must not grow with use. Thread-safe.
 */
final class Downloads<T> {

    /** A file to download. */
    record File(String filename, String text) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, T> files;

    Downloads(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("download capacity must be at least 1, got " + capacity);
        }
        this.files = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Keeps {@code file} and returns its token: 32 hex digits. */
    String put(T file) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        synchronized (files) {
            files.put(token, file);
        }
        return token;
    }

    Optional<T> get(String token) {
        synchronized (files) {
            return Optional.ofNullable(files.get(token));
        }
    }
}
