/**
 * The snapshot store: every load of a source is a {@link org.tradescreen.lists.snapshot.SnapshotVersion},
 * with its entities (records shared between versions by content hash) and its raw files, in H2 or
 * PostgreSQL through plain JDBC, Flyway migrations and a small connection pool.
 */
@NullMarked
package org.tradescreen.lists.snapshot;

import org.jspecify.annotations.NullMarked;
