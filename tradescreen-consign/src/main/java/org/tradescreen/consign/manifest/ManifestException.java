package org.tradescreen.consign.manifest;

/** A record's field that cannot be read: the message starts with the field's path, such as {@code lines[1].value}. */
final class ManifestException extends RuntimeException {
    ManifestException(String message) {
        super(message, null, false, false);
    }
}
