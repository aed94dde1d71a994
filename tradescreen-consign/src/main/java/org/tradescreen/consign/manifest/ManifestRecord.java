package org.tradescreen.consign.manifest;

import org.jspecify.annotations.Nullable;
import org.tradescreen.consign.Consignment;

/** What a manifest reader gives for each record: a consignment, or the error that kept it from being read. */
public sealed interface ManifestRecord {

    /** The line of the input where the record starts (1-based). */
    long line();

    /** A consignment read. */
    record Read(Consignment consignment, long line) implements ManifestRecord {
    }

    /**
     * A record that could not be read: unreadable JSON, a value of the wrong type. {@code consignmentId} is empty
     * when even that could not be read; {@code error} names the field.
     */
    record Bad(String consignmentId, long line, @Nullable String error) implements ManifestRecord {
    }
}
