package org.tradescreen.consign.manifest;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.tradescreen.io.BoundedReader;

/**
 * A manifest read as a stream of records, one consignment at a time, so that memory does not grow with the file:
 * JSON lines (one consignment a line) or CSV (one row a goods line, rows of a consignment together). Lines are
 * bounded ({@link BoundedReader}); a bad record is a {@link ManifestRecord.Bad} and the stream goes on.
 */
public abstract class Manifest implements Iterator<ManifestRecord>, Closeable {

    /** The two manifest forms. */
    public enum Format {
        JSONL, CSV;

        /** The format a file name says: {@code .csv} is CSV, anything else JSON lines. */
        public static Format of(String fileName) {
            return fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : JSONL;
        }

        /** {@code jsonl} or {@code csv}. */
        public static Format named(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "jsonl", "json", "ndjson" -> JSONL;
                case "csv" -> CSV;
                default -> throw new IllegalArgumentException("--format must be jsonl or csv, got '" + name + "'");
            };
        }
    }

    private final BoundedReader reader;
    private @Nullable ManifestRecord next;
    private boolean done;

    Manifest(BoundedReader reader) {
        this.reader = reader;
    }

    /**
     * Opens a manifest. {@code name} names the input in errors (a file name).
     *
     * @throws IllegalArgumentException when the input cannot be a manifest of that format (a CSV without its header)
     */
    public static Manifest open(Reader in, String name, Format format) throws IOException {
        return switch (format) {
            case JSONL -> new JsonlManifest(BoundedReader.lines(in, name, BoundedReader.DEFAULT_LIMIT));
            case CSV -> new CsvManifest(BoundedReader.records(in, name, BoundedReader.DEFAULT_LIMIT), name);
        };
    }

    /** The next record, or null at the end. */
    abstract @Nullable ManifestRecord read() throws IOException;

    BoundedReader reader() {
        return reader;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            try {
                next = read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            done = next == null;
        }
        return next != null;
    }

    @Override
    public @Nullable ManifestRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ManifestRecord r = next;
        next = null;
        return r;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** JSON lines: one consignment object a line; blank lines are skipped. */
    private static final class JsonlManifest extends Manifest {
        private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
        private final BufferedReader lines;
        private long line;

        JsonlManifest(BoundedReader reader) {
            super(reader);
            this.lines = new BufferedReader(reader);
        }

        @Override
        @Nullable ManifestRecord read() throws IOException {
            String text;
            while ((text = lines.readLine()) != null) {
                ManifestRecord r = jsonLine(text, ++line);
                if (r != null) {
                    return r;
                }
            }
            return null;
        }
    }

    /**
     * The consignment on one line of a JSON-lines manifest, or null for a blank line: what the streaming reader gives
     * for that line, for a job that splits a manifest among machines by lines.
     */
    public static @Nullable ManifestRecord jsonLine(String text, long line) {
        if (text.isBlank()) {
            return null;
        }
        com.fasterxml.jackson.databind.JsonNode node;
        try {
            node = JsonlManifest.JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new ManifestRecord.Bad("", line, "not valid JSON: " + e.getOriginalMessage());
        }
        try {
            return new ManifestRecord.Read(JsonConsignments.read(node), line);
        } catch (IllegalArgumentException e) {
            return new ManifestRecord.Bad(JsonConsignments.idOf(node), line, e.getMessage());
        }
    }
}
