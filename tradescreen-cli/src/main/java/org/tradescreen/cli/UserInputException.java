package org.tradescreen.cli;

import org.jspecify.annotations.Nullable;

/** A command-line request that cannot be carried out as given; exits 2 with this message. */
final class UserInputException extends RuntimeException {
    UserInputException(@Nullable String message) {
        super(message);
    }
}
