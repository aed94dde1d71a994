package org.tradescreen.server.api;

import org.jspecify.annotations.Nullable;

/** A request the server cannot act on, with a message that names the parameter or field; answered 400. */
public final class BadRequest extends RuntimeException {
    public BadRequest(@Nullable String message) {
        super(message);
    }
}
