package org.tradescreen.match.index;

/** An index file's bytes are not what its writer wrote: it is built again rather than trusted. */
public final class IndexDamagedException extends RuntimeException {
    IndexDamagedException(String message) {
        super(message);
    }
}
