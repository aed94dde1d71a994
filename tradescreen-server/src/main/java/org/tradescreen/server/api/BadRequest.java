package org.tradescreen.server.api;

/** A request the server cannot act on, with a message that names the parameter or field; answered 400. */
public final class BadRequest extends RuntimeException {
    public BadRequest(String message) {
        super(message);
    }
}
