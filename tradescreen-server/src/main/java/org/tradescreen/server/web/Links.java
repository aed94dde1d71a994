package org.tradescreen.server.web;

import java.nio.charset.StandardCharsets;

/** The URLs the pages link to, built in one place so that ids are always encoded the same way. */
final class Links {

    private Links() {
    }

    /** The entity page of {@code entityId} ({@code <source>:<source_id>}). */
    static String entity(String entityId) {
        return "/entity/" + pathSegment(entityId);
    }

    static String entity(String source, String sourceId) {
        return entity(source + ":" + sourceId);
    }

    /** The diff page between two versions of a source. */
    static String diff(String source, int from, int to) {
        return "/lists/" + pathSegment(source) + "/diff?from=" + from + "&to=" + to;
    }

    /**
     * Percent-encodes everything but the characters RFC 3986 allows in a path segment unencoded, keeping the
     * colon of entity ids readable ("us-csl:123"). Source ids are the lists' own and may hold spaces or slashes.
     */
    static String pathSegment(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~:@".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
