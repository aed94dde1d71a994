package org.tradescreen.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.snapshot.Database;

/**
 * Writes events for the receivers, in the caller's transaction: the event commits with what it announces or not at
 * all. Nothing is sent here; {@link WebhookDelivery} sends what is due.
 */
public final class Outbox {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * {@code next_attempt_at} is compared as text in SQL, so it is written at one width (milliseconds, always):
     * {@link Instant#toString} drops a zero fraction and would sort {@code 00Z} after {@code 00.5Z}.
     */
    private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Outbox() {
    }

    /**
     * Queues {@code event} with {@code data} for every active webhook, one row (and one event id, the receiver's
     * idempotency key) each, due at once. Returns how many rows were written.
     */
    public static int enqueue(Connection c, String event, ObjectNode data, Instant now) throws SQLException {
        List<Long> webhooks = Database.query(c, "SELECT id FROM webhook WHERE active = TRUE ORDER BY id", ps -> { },
                rs -> rs.getLong(1));
        if (webhooks.isEmpty()) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO webhook_outbox (webhook_id, event_id, payload,"
                + " created_at, attempts, next_attempt_at) VALUES (?, ?, ?, ?, 0, ?)")) {
            for (long webhook : webhooks) {
                String eventId = UUID.randomUUID().toString();
                ObjectNode payload = JsonNodeFactory.instance.objectNode()
                        .put("event", event)
                        .put("event_id", eventId)
                        .put("created_at", now.toString());
                payload.set("data", data);
                ps.setLong(1, webhook);
                ps.setString(2, eventId);
                ps.setString(3, JSON.writeValueAsString(payload));
                ps.setString(4, now.toString());
                ps.setString(5, sortable(now));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("an event's data is not JSON", e);
        }
        return webhooks.size();
    }

    /** An instant as {@code next_attempt_at} holds it: fixed width, so text order is time order. */
    static String sortable(@Nullable Instant t) {
        return SORTABLE.format(t);
    }
}
