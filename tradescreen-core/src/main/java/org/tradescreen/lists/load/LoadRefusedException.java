package org.tradescreen.lists.load;

/**
 * A load that parsed but must not be stored without {@code --force}: an empty list, or one far smaller
 * than the version it would follow. A broken download must never delist everyone.
 */
public final class LoadRefusedException extends RuntimeException {
    public LoadRefusedException(String message) {
        super(message);
    }
}
