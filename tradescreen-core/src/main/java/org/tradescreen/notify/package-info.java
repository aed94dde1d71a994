/**
 * Webhook notifications of new alerts, through a transactional outbox. {@link org.tradescreen.notify.Webhooks}
 * keeps the receivers and their signing secrets; {@link org.tradescreen.notify.Outbox#enqueue} writes one row per
 * active receiver in the transaction that raised the alert, so an event exists exactly when its alert does and no
 * crash or restart loses it; {@link org.tradescreen.notify.WebhookDelivery} sends what is due, signed with
 * HMAC-SHA256, and retries with exponential backoff until the receiver answers 2xx or the row is dead-lettered.
 * Delivery is at least once: a receiver dedupes on the {@code Idempotency-Key} header, the same on every attempt.
 */
@NullMarked
package org.tradescreen.notify;

import org.jspecify.annotations.NullMarked;
