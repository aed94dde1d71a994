package org.tradescreen.lists.snapshot;

import org.jspecify.annotations.Nullable;

/** The snapshot database could not be read or written; nothing was half-written. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
