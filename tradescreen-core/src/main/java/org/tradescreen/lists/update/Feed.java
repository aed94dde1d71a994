package org.tradescreen.lists.update;

import java.util.List;

/**
 * Where to fetch one source from: its format and the files that make one snapshot, each a URL and the
 * file name the format expects (OFAC's CSV set must be named sdn.csv, add.csv, …).
 */
public record Feed(String source, String format, List<FeedFile> files) {

    /** One file of a feed. */
    public record FeedFile(String url, String file) {
    }

    public Feed {
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("feed " + source + " has no files");
        }
    }
}
