package org.tradescreen.lists.snapshot;

/** The snapshot database could not be read or written; nothing was half-written. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
