/**
 * The tamper-evident audit log: append-only {@link org.tradescreen.audit.AuditRecord}s chained by hash in the store's
 * database ({@link org.tradescreen.audit.AuditLog}, written by the server through
 * {@link org.tradescreen.audit.AuditWriter}), signed Merkle {@link org.tradescreen.audit.Checkpoint}s, exports an
 * examiner can verify with nothing but the file and a public key, and retention per kind of record.
 */
@NullMarked
package org.tradescreen.audit;

import org.jspecify.annotations.NullMarked;
