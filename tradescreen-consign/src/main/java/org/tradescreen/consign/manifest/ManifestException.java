package org.tradescreen.consign.manifest;

import org.jspecify.annotations.Nullable;

/** A record's field that cannot be read: the message starts with the field's path, such as {@code lines[1].value}. */
final class ManifestException extends RuntimeException {
    ManifestException(@Nullable String message) {
        super(message, null, false, false);
    }
}
