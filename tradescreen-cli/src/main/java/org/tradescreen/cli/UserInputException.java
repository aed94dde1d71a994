package org.tradescreen.cli;

/** A command-line request that cannot be carried out as given; exits 2 with this message. */
final class UserInputException extends RuntimeException {
    UserInputException(String message) {
        super(message);
    }
}
