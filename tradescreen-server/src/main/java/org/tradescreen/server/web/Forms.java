package org.tradescreen.server.web;

import io.javalin.http.Context;

/** Reads form values as typed, to echo them back into the form; an absent value is the empty string. */
final class Forms {

    private Forms() {
    }

    /** A query-string value (GET forms). */
    static String query(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null ? "" : v;
    }

    /** A form-body value (POST forms, also multipart), stripped. */
    static String body(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v.strip();
    }
}
