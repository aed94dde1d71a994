package org.tradescreen.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Acts kept on local disk, in order, while the database cannot take them: one JSON line each, forced to disk
 * before {@link #keep} returns, so an act acknowledged from here survives a crash as one committed to the
 * database would. {@link AuditWriter} appends them to the log when the database is back, oldest first and before
 * anything newer, then {@link #clear}s the file.
 *
 * <p>Each act appended from the spool has {@value #SPOOLED_AT} in its payload: the time it happened and was
 * kept here, since the record's own time is when the log took it. A crash between the append's commit and
 * {@link #clear} appends the kept acts again on the next start (at least once, never lost); such duplicates
 * carry the same {@value #SPOOLED_AT} and {@value #SPOOL_ID}.
 */
public final class AuditSpool {

    /** The payload field holding when a spooled act happened (ISO-8601 instant). */
    public static final String SPOOLED_AT = "spooled_at";
    /** The payload field holding a spooled act's own id (random), to recognise one appended twice. */
    public static final String SPOOL_ID = "spool_id";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private long size = -1;
    private long count = -1;

    public AuditSpool(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Writes the acts after those already kept and forces them to disk; all are kept, or the call fails. */
    public synchronized void keep(List<AuditLog.Act> acts, Instant at) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (AuditLog.Act act : acts) {
            ObjectNode payload = act.payload() instanceof ObjectNode o ? o.deepCopy()
                    : JsonNodeFactory.instance.objectNode().set("value", act.payload());
            payload.put(SPOOLED_AT, at.toString()).put(SPOOL_ID, java.util.UUID.randomUUID().toString());
            ObjectNode line = JsonNodeFactory.instance.objectNode().put("kind", act.kind()).put("actor", act.actor());
            line.set("payload", payload);
            lines.append(JSON.writeValueAsString(line)).append('\n');
        }
        long before = size();
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
            ch.position(before);
            while (bytes.hasRemaining()) {
                ch.write(bytes);
            }
            ch.force(true);
        } catch (IOException e) {
            // a line written only in part (a full disk) must not be read back: cut the file where it was
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(before);
                ch.force(true);
            } catch (IOException ignored) {
                // the read skips a last line without its end
            }
            throw e;
        }
        size = before + lines.toString().getBytes(StandardCharsets.UTF_8).length;
        if (count >= 0) {
            count += acts.size();
        }
    }

    /** The acts kept, oldest first; a last line cut short (a crash mid-write) was never acknowledged and is left out. */
    public synchronized List<AuditLog.Act> read() throws IOException {
        List<AuditLog.Act> acts = new ArrayList<>();
        if (!Files.exists(file)) {
            return acts;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n') + 1;
        for (String line : text.substring(0, end).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            acts.add(new AuditLog.Act(n.path("kind").asText(), n.path("actor").asText(), n.path("payload")));
        }
        return acts;
    }

    /** How many acts are waiting. */
    public synchronized long pending() {
        if (count < 0) {
            try {
                count = read().size();
            } catch (IOException e) {
                return 0;
            }
        }
        return count;
    }

    /** Whether nothing is kept; a spool that cannot be read counts as holding something (it is not skipped). */
    public synchronized boolean isEmpty() {
        try {
            return size() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Forgets the kept acts (they are in the log now). */
    public synchronized void clear() throws IOException {
        Files.deleteIfExists(file);
        size = 0;
        count = 0;
    }

    /** The bytes kept; first read from the file, whose last line, if a crash cut it short, is cut off. */
    private long size() throws IOException {
        if (size < 0) {
            {
                if (!Files.exists(file)) {
                    size = 0;
                } else {
                    byte[] bytes = Files.readAllBytes(file);
                    int end = bytes.length;
                    while (end > 0 && bytes[end - 1] != '\n') {
                        end--;
                    }
                    if (end < bytes.length) {
                        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                            ch.truncate(end);
                            ch.force(true);
                        }
                    }
                    size = end;
                }
            }
        }
        return size;
    }
}
