package org.tradescreen.server.compat;

import java.util.List;

/** One page of a result list, as {@code offset} and {@code size} select it; past the end, an empty page. */
public final class Page {

    private Page() {
    }

    public static <T> List<T> of(List<T> all, int offset, int size) {
        int from = Math.min(offset, all.size());
        return all.subList(from, (int) Math.min((long) from + size, all.size()));
    }
}
