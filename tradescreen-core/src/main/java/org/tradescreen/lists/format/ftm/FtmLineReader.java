package org.tradescreen.lists.format.ftm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.format.Faults;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.format.ListText;

/**
 * The lines of an FtM file as JSON objects, one at a time, from a whole text or a file too large to hold. Lines are
 * numbered as the file counts them (split at LF), blank ones skipped, and a damaged one is reported to the faults
 * and skipped. 0x1A bytes that end the text are dropped and reported, as {@link ListText} does for a whole file.
 */
final class FtmLineReader implements Closeable {

    /** A readable line: its number and its object. */
    record Line(long number, JsonNode node) {
    }

    // Two objects on one line are damage, not two records.
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Path file;
    private final Reader in;
    private final Faults faults;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder segment = new StringBuilder();
    private int pos;
    private int limit;
    private long read;
    // The next non-blank line, read ahead so that a damaged line knows whether it is the last.
    private @Nullable String ahead;
    private long aheadNumber;

    FtmLineReader(Path file, Reader in, Faults faults) throws IOException {
        this.file = file;
        this.in = in;
        this.faults = faults;
        advance();
    }

    /** The next readable line, or null at the end of the text. */
    @Nullable Line next() throws IOException {
        while (ahead != null) {
            String raw = ahead;
            long number = aheadNumber;
            advance();
            try {
                return new Line(number, parse(raw, number, ahead == null));
            } catch (ListFormatException fault) {
                faults.report(fault);
            }
        }
        return null;
    }

    private void advance() throws IOException {
        ahead = null;
        for (String s; (s = segment()) != null;) {
            String raw = s.strip();
            if (!raw.isEmpty()) {
                ahead = raw;
                aheadNumber = read;
                return;
            }
        }
    }

    /** The text up to the next LF (or the end), or null when there is none left. */
    private @Nullable String segment() throws IOException {
        segment.setLength(0);
        while (true) {
            if (pos == limit) {
                limit = in.read(buffer);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (segment.isEmpty()) {
                        return null;
                    }
                    read++;
                    return dropDosEof(segment);
                }
            }
            for (int i = pos; i < limit; i++) {
                if (buffer[i] == '\n') {
                    segment.append(buffer, pos, i - pos);
                    pos = i + 1;
                    read++;
                    return segment.toString();
                }
            }
            segment.append(buffer, pos, limit - pos);
            pos = limit;
        }
    }

    private String dropDosEof(StringBuilder last) {
        int end = last.length();
        while (end > 0 && last.charAt(end - 1) == 0x1A) {
            end--;
        }
        if (end < last.length()) {
            faults.repaired(ListText.droppedDosEof(file));
        }
        return last.substring(0, end);
    }

    private JsonNode parse(String raw, long line, boolean isLast) {
        JsonNode node;
        try {
            node = JSON.readTree(raw);
        } catch (JsonProcessingException e) {
            // The column, not Jackson's wording: Problem keeps only what follows the last ": " of a message.
            long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new ListFormatException(file, line, null, "not valid JSON at column " + column
                    + (isLast ? ", on the last line (truncated download?)" : ""), e);
        }
        if (!node.isObject()) {
            throw new ListFormatException(file, line, null, "expected one JSON object per line");
        }
        return node;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
