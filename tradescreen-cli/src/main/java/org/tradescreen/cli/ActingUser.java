package org.tradescreen.cli;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tradescreen.review.User;
import org.tradescreen.workspace.Workspace;

/** Who a review command acts as. */
final class ActingUser {

    private ActingUser() {
    }

    /**
     * The user of the key given with {@code --key}, else of {@code TRADESCREEN_USER_KEY}; empty when neither is set.
     * A key that is no user's is a usage error.
     */
    static Optional<User> of(Workspace ws, @Nullable String keyOption) {
        String given = keyOption != null ? keyOption : System.getenv("TRADESCREEN_USER_KEY");
        if (given == null || given.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(ws.users().authenticate(given).orElseThrow(() -> new UserInputException(
                "--key: not a user's key; 'tradescreen users add' makes one")));
    }
}
