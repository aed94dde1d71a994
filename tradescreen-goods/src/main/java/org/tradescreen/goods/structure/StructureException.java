package org.tradescreen.goods.structure;

import org.jspecify.annotations.Nullable;

/** A structure that cannot be read; the message names the input and the problem. */
public final class StructureException extends IllegalArgumentException {

    /** A problem with {@code input} of format {@code format} ("SMILES", "molfile"). */
    public StructureException(String format, String input, @Nullable String problem) {
        super("cannot read " + format + " '" + abbreviate(input) + "': " + problem);
    }

    private static String abbreviate(String input) {
        String oneLine = input.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}
