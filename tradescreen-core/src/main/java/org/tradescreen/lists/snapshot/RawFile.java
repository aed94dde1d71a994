package org.tradescreen.lists.snapshot;

/** An official file exactly as it was loaded, kept so that a past screening can be replayed. */
public record RawFile(String name, byte[] content) {
}
