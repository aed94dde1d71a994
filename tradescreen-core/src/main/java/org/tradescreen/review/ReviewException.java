package org.tradescreen.review;

/** A review action that cannot be taken, and why; the kind says how an API answers it. */
public final class ReviewException extends RuntimeException {

    /** Not found (404), not allowed for this user (403), or the alert changed or stands elsewhere (409). */
    public enum Kind { NOT_FOUND, FORBIDDEN, CONFLICT }

    private final Kind kind;

    public ReviewException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
