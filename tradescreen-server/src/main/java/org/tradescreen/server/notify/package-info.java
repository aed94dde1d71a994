/**
 * The server's side of webhook notifications: {@link org.tradescreen.server.notify.WebhookSender} sends what the
 * outbox holds, on a timer, for as long as the server runs. What is queued survives a restart in the database, so
 * a server started again sends what the last one could not.
 */
@NullMarked
package org.tradescreen.server.notify;

import org.jspecify.annotations.NullMarked;
